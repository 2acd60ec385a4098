using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Herstellink;

public sealed class HerstellinkMakenHandler(IGebruikersadministratie gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<HerstellinkMaken, Herstellink>
{
    public async ValueTask<Herstellink> Handle(HerstellinkMaken command, CancellationToken cancellationToken) =>
        new(command.Id, await gebruikers.HerstelTokenAsync(gebruiker.VereisteGemeente(), command.Id, cancellationToken));
}
