using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.Vernietiging.Goedkeuren;

/// <summary>A second Beheerder approves a vernietigingslijst (four eyes: the domain refuses the one who drew it up).</summary>
[Vereist(Rol.Beheerder)]
public sealed record VernietigingslijstGoedkeuren : ICommand<int>, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(Vernietigingslijst);

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
