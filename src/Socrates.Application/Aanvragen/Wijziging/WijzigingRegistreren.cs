using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Wijziging;

/// <summary>
/// The consulent registers a change in a running toekenning from a date (art. 17 lid 1 Participatiewet: reported by the
/// client, or found otherwise). Returns the id of the new wijziging, which is handled like an aanvraag.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record WijzigingRegistreren : ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int ToekenningId { get; init; }

    /// <summary>The toekenning's version the form was based on: two wijzigingen registered at once cannot both pass.</summary>
    public int Versie { get; init; }

    /// <summary>The day the change began; for <see cref="Wijzigingsoort.AowLeeftijd"/> it is the day the AOW age is reached, which Socrates fills in.</summary>
    public DateOnly? Wijzigingsdatum { get; init; }

    public Wijzigingsoort? Soort { get; init; }

    public string? Omschrijving { get; init; }

    /// <summary>
    /// For the herroeping of a toekenning or herziening in bezwaar (Awb 7:11 lid 2): the bezwaar whose replacing besluit this
    /// wijziging carries; the toekenning is the one the contested besluit granted.
    /// </summary>
    public int? BezwaarId { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Aanvraag";

    string? IAuditOnderwerp.OnderwerpId => null;
}
