using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Web.Weergave;

namespace Socrates.Web.Exporteren;

/// <summary>A run's payment lines in a download: what the run page lists, the IBAN only by its last four, the signals in words.</summary>
public static class Betaalregelsexport
{
    public static Exporttabel Tabel(string maand, bool alleenSignalen, IEnumerable<Betaalregelweergave> regels) => Exporttabel.Van(
        alleenSignalen ? $"betaalrun-{maand}-signalen" : $"betaalrun-{maand}",
        regels,
        new Exportkolom<Betaalregelweergave>("Dossier", Kolomsoort.Getal, r => r.AanvraagId),
        new Exportkolom<Betaalregelweergave>("Naam", Kolomsoort.Tekst, r => r.Naam),
        new Exportkolom<Betaalregelweergave>("Soort", Kolomsoort.Tekst, r => BetaalrunTeksten.Soort(r.Soort, r.Betreft)),
        new Exportkolom<Betaalregelweergave>("Betreft", Kolomsoort.Datum, r => r.Betreft),
        new Exportkolom<Betaalregelweergave>("Bijstand", Kolomsoort.Bedrag, r => r.Bijstand),
        new Exportkolom<Betaalregelweergave>("Vakantietoeslag gereserveerd", Kolomsoort.Bedrag, r => r.VakantietoeslagGereserveerd),
        new Exportkolom<Betaalregelweergave>("Vakantietoeslag uitbetaald", Kolomsoort.Bedrag, r => r.VakantietoeslagUitbetaald),
        new Exportkolom<Betaalregelweergave>("Verrekend", Kolomsoort.Bedrag, r => r.Verrekend),
        new Exportkolom<Betaalregelweergave>("Te betalen", Kolomsoort.Bedrag, r => r.TeBetalen),
        new Exportkolom<Betaalregelweergave>("Vorige maand", Kolomsoort.Bedrag, r => r.VorigBedrag),
        new Exportkolom<Betaalregelweergave>("IBAN eindigt op", Kolomsoort.Tekst, r => r.IbanLaatsteVier),
        new Exportkolom<Betaalregelweergave>("Signalen", Kolomsoort.Tekst, r => BetaalrunTeksten.Signalen(r.Signalen)));
}
