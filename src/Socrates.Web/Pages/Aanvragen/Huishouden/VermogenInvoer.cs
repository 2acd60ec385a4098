using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Huishouden.Vermogen;
using Socrates.Domain.Aanvragen;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>
/// The two forms of the Vermogen page in one bound <c>Input</c>: a possession to add, and the debts, WOZ value and
/// mortgage. Their field names differ, so each command's messages land at its own fields.
/// </summary>
public sealed record VermogenInvoer : AanvraagOpdracht
{
    public Bezittingsoort? Soort { get; init; }

    public string? Omschrijving { get; init; }

    public decimal? Waarde { get; init; }

    public decimal? Schulden { get; init; }

    public decimal? WozWaarde { get; init; }

    public decimal? Hypotheek { get; init; }

    /// <summary>The possession form's own key (a second submit adds nothing).</summary>
    public Guid? Formuliersleutel { get; init; }

    public BezittingToevoegen AlsBezitting() =>
        new() { AanvraagId = AanvraagId, Versie = Versie, Soort = Soort, Omschrijving = Omschrijving, Waarde = Waarde, Formuliersleutel = Formuliersleutel };

    public VermogenVastleggen AlsVermogen() =>
        new() { AanvraagId = AanvraagId, Versie = Versie, Schulden = Schulden, WozWaarde = WozWaarde, Hypotheek = Hypotheek };
}
