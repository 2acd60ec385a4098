using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 31 lid 2 onder n and r Participatiewet, per entitled person with work income: 25 % (max per month) for six
/// months, without a limit once the pensioengerechtigde leeftijd is reached; then, for an alleenstaande ouder with a
/// child under 12, 12,5 % (max) for 30 months. Neither applies under 27 (lid 5). The college's judgment that it helps
/// the arbeidsinschakeling is assumed.
/// </summary>
internal static class Arbeidsvrijlating
{
    public const int LeeftijdVanaf = 27;

    public static (IReadOnlyList<Berekeningsregel> Regels, Bedrag Totaal) Bepaal(Huishouden huishouden, Gezin gezin, Vrijlatingsbedragen bedragen)
    {
        var regels = new List<Berekeningsregel>();
        var totaal = Bedrag.Nul;
        foreach (var persoon in gezin.Rechthebbenden)
        {
            var maanden = persoon.Lid == Gezinslid.Partner
                ? huishouden.EerdereMaandenArbeidsvrijlatingPartner
                : huishouden.EerdereMaandenArbeidsvrijlating;
            var arbeid = huishouden.Inkomsten
                .Where(i => i.Van == persoon.Lid && i.Soort == Inkomstensoort.Arbeid)
                .Aggregate(Bedrag.Nul, (som, i) => som + i.NettoPerMaand);
            if (arbeid <= Bedrag.Nul)
            {
                continue;
            }

            var wie = $"inkomsten uit arbeid {persoon.Rol}";
            var eindeR = Vrijlatingsbedragen.MaandenArbeid + Vrijlatingsbedragen.MaandenAlleenstaandeOuder;
            Berekeningsregel regel;
            if (persoon.Leeftijd < LeeftijdVanaf)
            {
                regel = new($"Geen vrijlating van {wie}: jonger dan 27 jaar", Artikel.Pw("31 lid 5"), Bedrag.Nul);
            }
            else if (persoon.Pensioengerechtigd || maanden < Vrijlatingsbedragen.MaandenArbeid)
            {
                var vrij = Bedrag.Min(arbeid.Maal(Vrijlatingsbedragen.PercentageArbeid), bedragen.MaximumArbeid);
                var termijn = persoon.Pensioengerechtigd
                    ? "zonder termijn na de pensioengerechtigde leeftijd"
                    : $"maand {maanden + 1} van {Vrijlatingsbedragen.MaandenArbeid}";
                regel = new(
                    $"Vrijlating {wie}: {Vrijlatingsbedragen.PercentageArbeid} van {arbeid}, ten hoogste {bedragen.MaximumArbeid} ({termijn})",
                    Artikel.Pw("31 lid 2 onder n"), -vrij);
                totaal += vrij;
            }
            else if (gezin.IsAlleenstaandeOuder && gezin.KindJongerDan12 && maanden < eindeR)
            {
                var vrij = Bedrag.Min(arbeid.Maal(Vrijlatingsbedragen.PercentageAlleenstaandeOuder), bedragen.MaximumAlleenstaandeOuder);
                regel = new(
                    $"Vrijlating {wie}, alleenstaande ouder met een kind jonger dan 12: {Vrijlatingsbedragen.PercentageAlleenstaandeOuder} van {arbeid}, "
                    + $"ten hoogste {bedragen.MaximumAlleenstaandeOuder} (maand {maanden - Vrijlatingsbedragen.MaandenArbeid + 1} van {Vrijlatingsbedragen.MaandenAlleenstaandeOuder})",
                    Artikel.Pw("31 lid 2 onder r"), -vrij);
                totaal += vrij;
            }
            else if (gezin.IsAlleenstaandeOuder && gezin.KindJongerDan12)
            {
                regel = new($"Geen vrijlating van {wie} meer: ook de 30 maanden voor een alleenstaande ouder zijn verstreken", Artikel.Pw("31 lid 2 onder r"), Bedrag.Nul);
            }
            else
            {
                regel = new($"Geen vrijlating van {wie} meer: de zes maanden zijn verstreken", Artikel.Pw("31 lid 2 onder n"), Bedrag.Nul);
            }

            regels.Add(regel);
        }

        return (regels, totaal);
    }
}
