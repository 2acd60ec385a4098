using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Toekenningen;

namespace Socrates.Web.Exporteren;

/// <summary>The toekenningen's columns in a download.</summary>
public static class Toekenningenexport
{
    public static Exporttabel Tabel(IEnumerable<ToekenningRegelView> regels) => Exporttabel.Van(
        "toekenningen",
        regels,
        new Exportkolom<ToekenningRegelView>("Toekenning", Kolomsoort.Getal, r => r.Id),
        new Exportkolom<ToekenningRegelView>("Dossier", Kolomsoort.Getal, r => r.AanvraagId),
        new Exportkolom<ToekenningRegelView>("Aanvrager", Kolomsoort.Tekst, r => r.Aanvrager),
        new Exportkolom<ToekenningRegelView>("Status", Kolomsoort.Tekst, r => Status(r.Status)),
        new Exportkolom<ToekenningRegelView>("Ingangsdatum", Kolomsoort.Datum, r => r.Ingangsdatum),
        new Exportkolom<ToekenningRegelView>("Tot en met", Kolomsoort.Datum, r => r.Einddatum),
        new Exportkolom<ToekenningRegelView>("Kostendelers (A)", Kolomsoort.Getal, r => r.Kostendelers),
        new Exportkolom<ToekenningRegelView>("Te betalen per maand", Kolomsoort.Bedrag, r => r.TeBetalen));

    private static string Status(ToekenningStatus status) => status switch
    {
        ToekenningStatus.Actief => "Actief",
        ToekenningStatus.Voorgesteld => "Wacht op goedkeuring",
        ToekenningStatus.Beeindigd => "Beëindigd of herzien",
        ToekenningStatus.Vervallen => "Vervallen (teruggestuurd)",
        _ => status.ToString(),
    };
}
