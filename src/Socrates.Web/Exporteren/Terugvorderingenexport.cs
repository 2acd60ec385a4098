using Socrates.Application.Terugvorderingen.Lijst;
using Socrates.Web.Weergave;

namespace Socrates.Web.Exporteren;

/// <summary>The claims' columns in a download: what the list shows, with the ground in full next to its article.</summary>
public static class Terugvorderingenexport
{
    public static Exporttabel Tabel(IEnumerable<TerugvorderingRegelView> regels) => Exporttabel.Van(
        "terugvorderingen",
        regels,
        new Exportkolom<TerugvorderingRegelView>("Nummer", Kolomsoort.Getal, r => r.Id),
        new Exportkolom<TerugvorderingRegelView>("Debiteur", Kolomsoort.Tekst, r => r.Debiteur),
        new Exportkolom<TerugvorderingRegelView>("Artikel", Kolomsoort.Tekst, r => TerugvorderingTeksten.Kort(r.Grond)),
        new Exportkolom<TerugvorderingRegelView>("Grond", Kolomsoort.Tekst, r => Domain.Terugvorderingen.Gronden.Omschrijving(r.Grond)),
        new Exportkolom<TerugvorderingRegelView>("Status", Kolomsoort.Tekst, r => TerugvorderingTeksten.Van(r.Status)),
        new Exportkolom<TerugvorderingRegelView>("Afzien voorgesteld", Kolomsoort.Tekst, r => r.AfzienVoorgesteld ? "ja" : "nee"),
        new Exportkolom<TerugvorderingRegelView>("Voorgesteld op", Kolomsoort.Datum, r => r.VoorgesteldOp),
        new Exportkolom<TerugvorderingRegelView>("Verjaart op", Kolomsoort.Datum, r => r.Verjaringsdatum),
        new Exportkolom<TerugvorderingRegelView>("Opgelegd", Kolomsoort.Bedrag, r => r.Totaal),
        new Exportkolom<TerugvorderingRegelView>("Saldo", Kolomsoort.Bedrag, r => r.Saldo));
}
