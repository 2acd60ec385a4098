using Socrates.Application.Terugvorderingen.Overzicht;
using Socrates.Domain.Terugvorderingen;
using Socrates.Web.Weergave;

namespace Socrates.Web.Exporteren;

/// <summary>The team lead's open claims in a download: no names, the ground in full with its article, and the amounts.</summary>
public static class OpenVorderingenexport
{
    public static Exporttabel Tabel(IEnumerable<OpenVorderingRegel> regels) => Exporttabel.Van(
        "openstaande-terugvorderingen",
        regels,
        new Exportkolom<OpenVorderingRegel>("Nummer", Kolomsoort.Getal, r => r.Id),
        new Exportkolom<OpenVorderingRegel>("Kenmerk", Kolomsoort.Tekst, r => r.Kenmerk),
        new Exportkolom<OpenVorderingRegel>("Grond", Kolomsoort.Tekst, r => Gronden.Omschrijving(r.Grond)),
        new Exportkolom<OpenVorderingRegel>("Artikel", Kolomsoort.Tekst, r => Gronden.Artikel(r.Grond)),
        new Exportkolom<OpenVorderingRegel>("Status", Kolomsoort.Tekst, r => TerugvorderingTeksten.Van(r.Status)),
        new Exportkolom<OpenVorderingRegel>("Vastgesteld op", Kolomsoort.Datum, r => r.VastgesteldOp),
        new Exportkolom<OpenVorderingRegel>("Opgelegd", Kolomsoort.Bedrag, r => r.Totaal),
        new Exportkolom<OpenVorderingRegel>("Saldo", Kolomsoort.Bedrag, r => r.Saldo),
        new Exportkolom<OpenVorderingRegel>("Aflossing per maand", Kolomsoort.Bedrag, r => r.AflossingPerMaand),
        new Exportkolom<OpenVorderingRegel>("Verrekening per maand", Kolomsoort.Bedrag, r => r.VerrekeningPerMaand),
        new Exportkolom<OpenVorderingRegel>("Verjaart op", Kolomsoort.Datum, r => r.Verjaringsdatum));
}
