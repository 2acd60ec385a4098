using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Rollen;

public sealed class RollenWijzigenHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<RollenWijzigen>
{
    public const string EigenRollen = "U kunt uw eigen rollen niet wijzigen; dat doet een andere beheerder (functiescheiding).";

    /// <summary>
    /// Separation of duties: nobody changes his own roles, so a Beheerder cannot give himself Consulent and Teamleider and
    /// satisfy four-eyes alone; another Beheerder can.
    /// </summary>
    public async ValueTask<Unit> Handle(RollenWijzigen command, CancellationToken cancellationToken)
    {
        if (string.Equals(command.Id, gebruiker.Id, StringComparison.Ordinal))
        {
            throw new DomeinregelException(EigenRollen);
        }

        await gebruikers.RollenZettenAsync(
            gebruiker.VereisteGemeente(), command.Id, command.Versie ?? "", [.. command.Rollen!.Distinct(StringComparer.Ordinal)], cancellationToken);
        return Unit.Value;
    }
}
