using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Blokkeren;

public sealed class GebruikerBlokkerenHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<GebruikerBlokkeren>
{
    public async ValueTask<Unit> Handle(GebruikerBlokkeren command, CancellationToken cancellationToken)
    {
        if (command.Blokkeren && string.Equals(command.Id, gebruiker.Id, StringComparison.Ordinal))
        {
            throw new DomeinregelException("U kunt uzelf niet blokkeren.");
        }

        await gebruikers.BlokkerenAsync(gebruiker.VereisteGemeente(), command.Id, command.Versie ?? "", command.Blokkeren, cancellationToken);
        return Unit.Value;
    }
}
