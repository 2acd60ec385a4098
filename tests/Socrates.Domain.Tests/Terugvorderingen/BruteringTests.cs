using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>Art. 58 lid 5 Participatiewet: netto within the year, bruto after it for fraud claims from the threshold (default € 750).</summary>
public sealed class BruteringTests
{
    private static readonly DateOnly Besluit = new(2026, 11, 26);
    private static readonly Bedrag Drempel = Bedrag.Euro(750);

    private static (DateOnly, Bedrag)[] Maanden(params (int Jaar, int Maand, decimal Euro)[] m) =>
        [.. m.Select(x => (new DateOnly(x.Jaar, x.Maand, 1), Bedrag.Euro(x.Euro)))];

    [Fact]
    public void Fraud_MonthsOfAClosedYear_AboveThreshold_AreGrossedUpAt6019Percent()
    {
        // 400,00 × 60,19 % = 240,76 per closed month; January 2026 stays netto: 900,00 + 481,52 = 1.381,52
        var uitkomst = Brutering.Bereken(Maanden((2025, 11, 400), (2025, 12, 400), (2026, 1, 100)), true, Drempel, false, Besluit);

        Assert.True(uitkomst.Bruto);
        Assert.Equal([24_076, 24_076, 0], uitkomst.Maanden.Select(m => m.Loonheffing.Centen));
        Assert.Equal((Bedrag.Euro(900), Bedrag.Euro(481.52m), Bedrag.Euro(1_381.52m)), (uitkomst.Netto, uitkomst.Loonheffing, uitkomst.Totaal));
        Assert.Contains("60,19", uitkomst.Toelichting, StringComparison.Ordinal);
        Assert.Contains("2025", uitkomst.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void Fraud_FromAowAge_Uses2309Percent() =>                 // 400,00 × 23,09 % = 92,36
        Assert.Equal(Bedrag.Euro(92.36m), Brutering.Bereken(Maanden((2025, 12, 400), (2025, 11, 400)), true, Drempel, true, Besluit).Maanden[0].Loonheffing);

    [Fact]
    public void AllMonthsInTheCurrentYear_IsNetto()
    {
        var uitkomst = Brutering.Bereken(Maanden((2026, 1, 800), (2026, 2, 800)), true, Drempel, false, Besluit);

        Assert.False(uitkomst.Bruto);
        Assert.Equal(Bedrag.Euro(1_600), uitkomst.Totaal);
        Assert.Contains("lopende kalenderjaar", uitkomst.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFraud_ClosedYear_IsNetto() =>                       // art. 58 lid 2 claims: always netto in Socrates
        Assert.False(Brutering.Bereken(Maanden((2025, 12, 2_000)), false, Drempel, false, Besluit).Bruto);

    [Theory]
    [InlineData(749.99, false)]                                      // just below € 750: netto
    [InlineData(750.00, true)]                                       // at the threshold: bruto
    public void Fraud_Threshold_IsInclusive(decimal euro, bool bruto) =>
        Assert.Equal(bruto, Brutering.Bereken(Maanden((2025, 12, euro)), true, Drempel, false, Besluit).Bruto);

    [Fact]
    public void BeforeTheFirstRow_IsRefused() =>                     // no 2025 figures: never guessed
        Assert.Throws<DomeinregelException>(() => Brutering.Bereken(Maanden((2024, 12, 1_000)), true, Drempel, false, new DateOnly(2025, 6, 1)));
}
