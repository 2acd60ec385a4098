using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Web.Weergave;

namespace Socrates.Web.Exporteren;

/// <summary>The proposals waiting for a team lead in a download: kind, name, what approval changes, who proposed it and when.</summary>
public static class TeBeoordelenexport
{
    public static Exporttabel Tabel(IEnumerable<TeBeoordelenRegel> regels) => Exporttabel.Van(
        "te-beoordelen",
        regels,
        new Exportkolom<TeBeoordelenRegel>("Soort", Kolomsoort.Tekst, TeBeoordelenTeksten.Wat),
        new Exportkolom<TeBeoordelenRegel>("Nummer", Kolomsoort.Getal, r => r.Id),
        new Exportkolom<TeBeoordelenRegel>("Naam", Kolomsoort.Tekst, r => r.Naam),
        new Exportkolom<TeBeoordelenRegel>("Wat verandert", Kolomsoort.Tekst, TeBeoordelenTeksten.Verandering),
        new Exportkolom<TeBeoordelenRegel>("Per", Kolomsoort.Datum, r => r.Ingangsdatum),
        new Exportkolom<TeBeoordelenRegel>("Was per maand", Kolomsoort.Bedrag, r => r.Oud),
        new Exportkolom<TeBeoordelenRegel>("Wordt per maand", Kolomsoort.Bedrag, r => r.Nieuw),
        new Exportkolom<TeBeoordelenRegel>("Terug te vorderen", Kolomsoort.Bedrag, r => r.Totaal),
        new Exportkolom<TeBeoordelenRegel>("Af te zien", Kolomsoort.Bedrag, r => r.AfzienBedrag),
        new Exportkolom<TeBeoordelenRegel>("Voorgesteld door", Kolomsoort.Tekst, r => r.VoorgesteldDoor),
        new Exportkolom<TeBeoordelenRegel>("Voorgesteld op", Kolomsoort.Datum, r => r.VoorgesteldOp),
        new Exportkolom<TeBeoordelenRegel>("Eigen voorstel", Kolomsoort.Tekst, r => r.Eigen ? "ja" : "nee"));
}
