using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.Vernietiging.Uitvoeren;

/// <summary>
/// Carries out the next <see cref="Aantal"/> dossiers of an approved vernietigingslijst in one transaction. Each is checked
/// again first (its date, every blocker): one that may not go is skipped with the reason. What is done is never done
/// again, so after a failure the next run resumes where the last one stopped.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record VernietigingslijstUitvoeren : ICommand<int>, IAuditOnderwerp
{
    public const int Aantal = 25;

    public int Id { get; init; }

    public int Versie { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(Vernietigingslijst);

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
