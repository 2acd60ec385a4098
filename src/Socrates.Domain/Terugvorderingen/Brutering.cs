using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Art. 58 lid 5 Participatiewet: within the calendar year the municipality corrects its own loonaangifte and reclaims
/// netto; once the year has closed, the loonheffing it paid can no longer be corrected and is reclaimed too (bruto). Socrates
/// does so only for fraud claims of at least the municipality's threshold (setting BrutoTerugvorderingVanaf). The
/// loonheffing of a month in a closed year is netto × the percentage in force on the decision date.
/// </summary>
public static class Brutering
{
    /// <summary>Effective-dated; a new year's figures are a new row (Normenbrief, bijlage VI).</summary>
    public static Tijdreeks<Bruteringspercentages> Tabel { get; } = new(
    [
        (new DateOnly(2026, 1, 1), new Bruteringspercentages(Percentage.Van(60.19m), Percentage.Van(23.09m),
            "Normenbrief 1 januari 2026 (Stcrt. 2025, 43553), bijlage VI: loonheffing bij inhouding Zvw-bijdrage")),
    ]);

    /// <summary>
    /// The months with their loonheffing, and how it was computed. Netto when every month lies in the year of
    /// <paramref name="besluitdatum"/>, or the claim is no fraud claim, or its netto total is below the threshold.
    /// </summary>
    public static Bruteringsuitkomst Bereken(
        IReadOnlyList<(DateOnly Maand, Bedrag Netto)> maanden, bool fraude, Bedrag drempel, bool vanafAow, DateOnly besluitdatum)
    {
        ArgumentNullException.ThrowIfNull(maanden);
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

        var rij = Tabel.Op(besluitdatum);
        var percentage = vanafAow ? rij.VanafAow : rij.OnderAow;
        var regels = maanden
            .Select(m => new TerugvorderingMaand(m.Maand, m.Netto, m.Maand.Year < besluitdatum.Year ? m.Netto.Maal(percentage) : Bedrag.Nul))
            .ToList();
        var loonheffing = regels.Aggregate(Bedrag.Nul, (som, m) => som + m.Loonheffing);
        var jaren = string.Join(", ", afgesloten.Select(m => m.Maand.Year).Distinct().Order());
        return new Bruteringsuitkomst(regels, true, percentage,
            $"Bruto over de maanden van het afgesloten jaar {jaren}: loonheffing {percentage} van het netto bedrag " +
            $"({(vanafAow ? "vanaf" : "onder")} de AOW-leeftijd; {rij.Bron}) = {loonheffing}. " +
            "Die loonheffing kan de gemeente niet meer in haar eigen aangifte corrigeren (art. 58 lid 5 Participatiewet).");
    }

    private static Bruteringsuitkomst Netto(IReadOnlyList<(DateOnly Maand, Bedrag Netto)> maanden, string toelichting) =>
        new([.. maanden.Select(m => new TerugvorderingMaand(m.Maand, m.Netto, Bedrag.Nul))], false, null, toelichting);
}
