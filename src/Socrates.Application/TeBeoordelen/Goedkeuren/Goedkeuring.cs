using Mediator;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.DwangsomBeoordelen;
using Socrates.Application.Bezwaren.Beoordelen;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Application.Terugvorderingen.Afzien;
using Socrates.Application.Terugvorderingen.Beoordelen;

namespace Socrates.Application.TeBeoordelen.Goedkeuren;

/// <summary>
/// The one command that approves a row of Te beoordelen, by its kind, at the version it was read at: the same command as on the
/// proposal's own page, so four-eyes, the version check, the audit line and the beschikking are exactly as there. Used by the
/// bulk approval and the API.
/// </summary>
public static class Goedkeuring
{
    public const string BetaalrunNietHier = "Een betaalrun maakt u definitief op zijn eigen pagina, na de controle.";

    /// <summary>The approving command, or null for a betaalrun (<see cref="BetaalrunNietHier"/>).</summary>
    public static ICommand? Opdracht(TeBeoordelenSoort soort, int id, int versie, Guid? sleutel = null) => soort switch
    {
        TeBeoordelenSoort.Besluit => new BesluitBeoordelen { AanvraagId = id, Versie = versie, Goedgekeurd = true, Formuliersleutel = sleutel },
        TeBeoordelenSoort.Terugvordering => new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = versie, Goedgekeurd = true, Formuliersleutel = sleutel },
        TeBeoordelenSoort.Afzien => new AfzienBeoordelen { TerugvorderingId = id, Versie = versie, Goedgekeurd = true, Formuliersleutel = sleutel },
        TeBeoordelenSoort.Dwangsom => new DwangsomBeoordelen { AanvraagId = id, Versie = versie, Goedgekeurd = true, Formuliersleutel = sleutel },
        TeBeoordelenSoort.Bezwaar => new BeslissingBeoordelen { BezwaarId = id, Versie = versie, Goedgekeurd = true, Formuliersleutel = sleutel },
        _ => null,
    };
}
