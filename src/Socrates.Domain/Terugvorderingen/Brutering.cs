using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Art. 58 lid 5 Participatiewet: within the calendar year the municipality corrects its own loonaangifte and reclaims
/// netto; once the year has closed, the loonbelasting and premies volksverzekeringen it paid can no longer be corrected
/// and are reclaimed too (bruto). Socrates does so only for fraud claims of at least the municipality's threshold
/// (setting BrutoTerugvorderingVanaf). The loonheffing of a month in a closed year is netto × the percentage of that
/// month's own year (the tables the loonheffing was computed with then) and of the debtor's AOW status in that month:
/// Normenbrief bijlage VI row E below the AOW age, row D from it (<see cref="LandelijkeNormen.BruteringVan"/>). The werkgeversheffing Zvw (row H) is the
/// municipality's own charge and no premie volksverzekeringen, so it is never reclaimed. A year without figures is refused.
/// </summary>
public static class Brutering
{
    /// <summary>
    /// The months with their loonheffing, and how it was computed. Netto when every month lies in the year of
    /// <paramref name="besluitdatum"/>, or the claim is no fraud claim, or its netto total is below the threshold.
    /// </summary>
    public static Bruteringsuitkomst Bereken(
        IReadOnlyList<(DateOnly Maand, Bedrag Netto)> maanden, bool fraude, Bedrag drempel, DateOnly debiteurGeboren, DateOnly besluitdatum,
        LandelijkeNormen landelijk)
    {
        ArgumentNullException.ThrowIfNull(maanden);
        ArgumentNullException.ThrowIfNull(landelijk);
        var netto = maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.Netto);
        var afgesloten = maanden.Where(m => m.Maand.Year < besluitdatum.Year).ToList();
        if (afgesloten.Count == 0)
        {
            return Netto(maanden, "Netto: alle maanden liggen in het lopende kalenderjaar; de gemeente corrigeert haar loonaangifte (art. 58 lid 5 Participatiewet).");
        }

        if (!fraude)
        {
            return Netto(maanden, "Netto: bruto terugvorderen doet de gemeente alleen bij schending van de inlichtingenplicht (art. 58 lid 1).");
        }

        if (netto < drempel)
        {
            return Netto(maanden, $"Netto: het bedrag ligt onder de drempel van {drempel} voor bruto terugvorderen (art. 58 lid 5, gemeentelijk beleid).");
        }

        var regels = new List<TerugvorderingMaand>();
        var groepen = new Dictionary<(int Jaar, bool Aow), (Percentage Percentage, string Bron, Bedrag Loonheffing)>();
        foreach (var (maand, bedrag) in maanden)
        {
            if (maand.Year >= besluitdatum.Year)
            {
                regels.Add(new TerugvorderingMaand(maand, bedrag, Bedrag.Nul));
                continue;
            }

            var rij = landelijk.BruteringVan(maand.Year);
            var aow = landelijk.AowLeeftijden.Bereikt(debiteurGeboren, maand);
            var percentage = aow ? rij.VanafAow : rij.OnderAow;
            var loonheffing = bedrag.Maal(percentage);
            regels.Add(new TerugvorderingMaand(maand, bedrag, loonheffing));
            var som = groepen.TryGetValue((maand.Year, aow), out var groep) ? groep.Loonheffing : Bedrag.Nul;
            groepen[(maand.Year, aow)] = (percentage, rij.Bron, som + loonheffing);
        }

        var totaal = regels.Aggregate(Bedrag.Nul, (som, m) => som + m.Loonheffing);
        var delen = groepen.OrderBy(g => g.Key.Jaar).ThenBy(g => g.Key.Aow).Select(g =>
            $"over {g.Key.Jaar} {(g.Key.Aow ? "vanaf" : "onder")} de pensioengerechtigde leeftijd {g.Value.Percentage} van het netto bedrag " +
            $"({(g.Key.Aow ? "rij D: de bijdrage Zvw werd ingehouden" : "rij E: geen bijdrage Zvw ingehouden")}; {g.Value.Bron}) = {g.Value.Loonheffing}");
        var percentages = groepen.Values.Select(g => g.Percentage).Distinct().ToList();
        return new Bruteringsuitkomst(regels, true, percentages.Count == 1 ? percentages[0] : null,
            $"Bruto over de maanden van het afgesloten jaar: loonheffing {string.Join("; ", delen)}; samen {totaal}. " +
            "Die loonheffing kan de gemeente niet meer in haar eigen aangifte corrigeren (art. 58 lid 5 Participatiewet); " +
            "de werkgeversheffing Zvw is geen premie volksverzekeringen en wordt niet teruggevorderd.");
    }

    private static Bruteringsuitkomst Netto(IReadOnlyList<(DateOnly Maand, Bedrag Netto)> maanden, string toelichting) =>
        new([.. maanden.Select(m => new TerugvorderingMaand(m.Maand, m.Netto, Bedrag.Nul))], false, null, toelichting);
}
