using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>
/// Art. 58 lid 5 Participatiewet: netto within the year, bruto after it for fraud claims from the threshold (default € 750).
/// The loonheffing of a month is computed as the municipality paid it then: with the Normenbrief bijlage VI of that
/// month's year and the debtor's AOW status in that month. Below the AOW age row E applies (no bijdrage Zvw is
/// withheld, row G "n.v.t."; the werkgeversheffing Zvw of row H is the gemeente's own charge, which lid 5 does not let it
/// reclaim), from the AOW age row D (the bijdrage Zvw of row G is withheld).
/// </summary>
public sealed class BruteringTests
{
    private static readonly DateOnly Besluit = new(2027, 2, 15);
    private static readonly DateOnly Geboren1980 = new(1980, 5, 1);
    private static readonly Bedrag Drempel = Bedrag.Euro(750);

    private static (DateOnly, Bedrag)[] Maanden(params (int Jaar, int Maand, decimal Euro)[] m) =>
        [.. m.Select(x => (new DateOnly(x.Jaar, x.Maand, 1), Bedrag.Euro(x.Euro)))];

    [Fact]
    public void Issue20_TwoMonthsOf400BelowAowAge_AreGrossedUpAtRowE_44512NotRowD_48152()
    {
        // 400,00 × 55,64 % = 222,56 per month; 2 × 222,56 = 445,12 (row D would give 2 × 240,76 = 481,52).
        var uitkomst = Brutering.Bereken(Maanden((2026, 11, 400), (2026, 12, 400)), true, Drempel, Geboren1980, Besluit, LandelijkeBedragen.Startset);

        Assert.True(uitkomst.Bruto);
        Assert.Equal([22_256, 22_256], uitkomst.Maanden.Select(m => m.Loonheffing.Centen));
        Assert.Equal((Bedrag.Euro(800), Bedrag.Euro(445.12m), Bedrag.Euro(1_245.12m)), (uitkomst.Netto, uitkomst.Loonheffing, uitkomst.Totaal));
        Assert.Equal(Percentage.Van(55.64m), uitkomst.Percentage);
        Assert.Contains("55,64", uitkomst.Toelichting, StringComparison.Ordinal);
        Assert.Contains("2026", uitkomst.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthOfTheCurrentYear_StaysNetto_NextToGrossedUpMonths()
    {
        // 400,00 × 55,64 % = 222,56 for December 2026; January 2027 (the decision's year) stays netto.
        var uitkomst = Brutering.Bereken(Maanden((2026, 12, 800), (2027, 1, 100)), true, Drempel, Geboren1980, Besluit, LandelijkeBedragen.Startset);

        Assert.Equal([44_512, 0], uitkomst.Maanden.Select(m => m.Loonheffing.Centen));
    }

    [Fact]
    public void AowStatus_IsTakenPerMonth_OnThatMonthsFirstDay()
    {
        // Born 15-03-1959: AOW age (67) on 15-03-2026. February and March 2026 below it (row E, 400 × 55,64 % = 222,56);
        // April 2026 from it (row D, 400 × 23,09 % = 92,36).
        var uitkomst = Brutering.Bereken(Maanden((2026, 2, 400), (2026, 3, 400), (2026, 4, 400)), true, Drempel, new DateOnly(1959, 3, 15), Besluit, LandelijkeBedragen.Startset);

        Assert.Equal([22_256, 22_256, 9_236], uitkomst.Maanden.Select(m => m.Loonheffing.Centen));
        Assert.Null(uitkomst.Percentage);                             // two percentages: the explanation names both
        Assert.Contains("23,09", uitkomst.Toelichting, StringComparison.Ordinal);
        Assert.Contains("55,64", uitkomst.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void ReachingAowAgeOnTheFirst_CountsForThatMonth() =>            // born 01-04-1959: 67 on 01-04-2026, April is row D
        Assert.Equal(
            [9_236],
            Brutering.Bereken(Maanden((2026, 4, 400)), true, Bedrag.Euro(1), new DateOnly(1959, 4, 1), Besluit, LandelijkeBedragen.Startset).Maanden.Select(m => m.Loonheffing.Centen));

    [Fact]
    public void AllMonthsInTheCurrentYear_IsNetto()
    {
        var uitkomst = Brutering.Bereken(Maanden((2027, 1, 800), (2027, 2, 800)), true, Drempel, Geboren1980, Besluit, LandelijkeBedragen.Startset);

        Assert.False(uitkomst.Bruto);
        Assert.Equal(Bedrag.Euro(1_600), uitkomst.Totaal);
        Assert.Contains("lopende kalenderjaar", uitkomst.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFraud_ClosedYear_IsNetto() =>                       // art. 58 lid 2 claims: always netto in Socrates
        Assert.False(Brutering.Bereken(Maanden((2026, 12, 2_000)), false, Drempel, Geboren1980, Besluit, LandelijkeBedragen.Startset).Bruto);

    [Theory]
    [InlineData(749.99, false)]                                      // just below € 750: netto
    [InlineData(750.00, true)]                                       // at the threshold: bruto
    public void Fraud_Threshold_IsInclusive(decimal euro, bool bruto) =>
        Assert.Equal(bruto, Brutering.Bereken(Maanden((2026, 12, euro)), true, Drempel, Geboren1980, Besluit, LandelijkeBedragen.Startset).Bruto);

    [Fact]
    public void AMonthOf2025_IsRefused_NeverComputedWithTheFiguresOf2026()
    {
        // Only the 2026 bijlage VI is in Socrates; the loonheffing paid over December 2025 followed the 2025 tables.
        var fout = Assert.Throws<DomeinregelException>(() =>
            Brutering.Bereken(Maanden((2025, 12, 400), (2026, 1, 400)), true, Drempel, Geboren1980, new DateOnly(2026, 11, 26), LandelijkeBedragen.Startset));

        Assert.Contains("2025", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AYearAfterTheLastRow_IsRefusedToo() =>                // 2027 decided in 2028: the 2026 row is not that year's
        Assert.Throws<DomeinregelException>(() => Brutering.Bereken(Maanden((2027, 5, 1_000)), true, Drempel, Geboren1980, new DateOnly(2028, 3, 1), LandelijkeBedragen.Startset));

    [Fact]
    public void A2025ClaimBelowTheThreshold_IsNetto_AndNeedsNoFigures() =>
        Assert.False(Brutering.Bereken(Maanden((2025, 12, 100)), true, Drempel, Geboren1980, new DateOnly(2026, 11, 26), LandelijkeBedragen.Startset).Bruto);

    [Fact]
    public void Tabel_2026_RowEBelowAow_RowDFromAow()
    {
        var rij = LandelijkeBedragen.Startset.Brutering!.Op(new DateOnly(2026, 1, 1));

        Assert.Equal((Percentage.Van(55.64m), Percentage.Van(23.09m)), (rij.OnderAow, rij.VanafAow));
    }
}
