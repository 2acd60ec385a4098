using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Registreren;

/// <summary>
/// A consulent registers what a person of the household earned in a month of a toekenning (a loonstrook): it counts as that
/// month's income (art. 31 lid 3, 32 lid 1 onder b Participatiewet) in the next betaalrun (docs/inkomsten.md). From the
/// toekenning's page, or from the quick entry that takes the loonstroken of many clients in a row.
/// </summary>
[Vereist(Rol.Consulent, Rol.AdministratiefMedewerker)]
public sealed record InkomstenopgaveRegistreren : Opgavevelden, ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    /// <summary>The toekenning, from its page; 0 on the quick entry, which names the client by <see cref="Klant"/>.</summary>
    public int ToekenningId { get; init; }

    /// <summary>
    /// Quick entry: the client's BSN (nine digits, elfproef) or dossiernummer (the aanvraag's number); the toekenning is the
    /// one of that person running in <see cref="Maand"/>. Sent in the body only, never in a URL or a log line.
    /// </summary>
    public string? Klant { get; init; }

    /// <summary>The month the income relates to, as jjjj-mm.</summary>
    public string? Maand { get; init; }

    public string OnderwerpType => "Inkomstenopgave";

    public string? OnderwerpId => null;

    /// <summary><see cref="Klant"/> may be a BSN: never in a log line or an error page.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
