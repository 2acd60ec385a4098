using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Rollen;

public sealed class RollenWijzigenHandler(IGebruikersadministratie gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<RollenWijzigen>
{
    public async ValueTask<Unit> Handle(RollenWijzigen command, CancellationToken cancellationToken)
    {
        await gebruikers.RollenZettenAsync(
            gebruiker.VereisteGemeente(), command.Id, command.Versie ?? "", [.. command.Rollen!.Distinct(StringComparer.Ordinal)], cancellationToken);
        return Unit.Value;
    }
}
