using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;

namespace Socrates.Web.Exporteren;

/// <summary>
/// The werkvoorraad's columns in a download: what the list shows, with the days left as a number. A bezwaar row has its own id
/// under "Dossier", "Bezwaar" as its kind, no melding, and the besluit it contests.
/// </summary>
public static class Werkvoorraadexport
{
    public static Exporttabel Tabel(IEnumerable<WerkvoorraadRegel> regels) => Exporttabel.Van(
        "werkvoorraad",
        regels,
        new Exportkolom<WerkvoorraadRegel>("Dossier", Kolomsoort.Getal, r => r.Id),
        new Exportkolom<WerkvoorraadRegel>("Aanvrager", Kolomsoort.Tekst, r => r.Aanvrager),
        new Exportkolom<WerkvoorraadRegel>("Soort", Kolomsoort.Tekst, r => Soort(r.Soort)),
        new Exportkolom<WerkvoorraadRegel>("Status", Kolomsoort.Tekst, r => r.Bezwaar is { } b ? BezwaarTeksten.Van(b.Status) : StatusTekst.Van(r.Status!.Value)),
        new Exportkolom<WerkvoorraadRegel>("Gemeld op", Kolomsoort.Datum, r => r.IsBezwaar ? null : (DateOnly?)r.Meldingsdatum),
        new Exportkolom<WerkvoorraadRegel>("Ontvangen op", Kolomsoort.Datum, r => r.Ontvangstdatum),
        new Exportkolom<WerkvoorraadRegel>("Uiterste beslisdatum", Kolomsoort.Datum, r => r.UitersteBeslisdatum),
        new Exportkolom<WerkvoorraadRegel>("Dagen tot uiterste beslisdatum", Kolomsoort.Getal, r => r.Termijn?.DagenOver),
        new Exportkolom<WerkvoorraadRegel>("Termijn", Kolomsoort.Tekst, r => r.Termijn?.Omschrijving),
        new Exportkolom<WerkvoorraadRegel>("Behandelaar", Kolomsoort.Tekst, r => r.BehandelaarNaam),
        new Exportkolom<WerkvoorraadRegel>("Bestreden besluit", Kolomsoort.Tekst, r => r.Bezwaar is { } b ? BezwaarTeksten.Van(b.Besluit) : null));

    private static string Soort(Werkvoorraadsoort soort) => soort switch
    {
        Werkvoorraadsoort.Wijziging => "Wijziging",
        Werkvoorraadsoort.Bezwaar => "Bezwaar",
        _ => "Aanvraag",
    };
}
