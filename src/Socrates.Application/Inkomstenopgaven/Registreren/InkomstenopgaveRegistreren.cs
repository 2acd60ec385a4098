using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Registreren;

/// <summary>
/// A consulent registers what a person of the household earned in a month of a toekenning (a loonstrook): it counts as that
/// month's income (art. 31 lid 3, 32 lid 1 onder b Participatiewet) in the next betaalrun (docs/inkomsten.md).
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record InkomstenopgaveRegistreren : Opgavevelden, ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int ToekenningId { get; init; }

    /// <summary>The month the income relates to, as jjjj-mm.</summary>
    public string? Maand { get; init; }

    public string OnderwerpType => "Inkomstenopgave";

    public string? OnderwerpId => null;
}
