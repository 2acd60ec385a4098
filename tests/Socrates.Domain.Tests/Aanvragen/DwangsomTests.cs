using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>
/// Awb 4:17 (Wet dwangsom bij niet tijdig beslissen). Lid 3: the first day is the day on which two weeks have passed after
/// the term passed and the written ingebrekestelling was received; lid 2: € 23 a day the first 14 days, € 35 the next 14,
/// € 45 after; lid 1: at most 42 days. Worked by hand: term ended 26-04-2026, ingebrekestelling received 28-04-2026, so day 1
/// is 12-05-2026 (28-04 + 14 days).
/// </summary>
public sealed class DwangsomTests
{
    private static readonly DateOnly Uiterste = new(2026, 4, 26);
    private static readonly DateOnly Ontvangen = new(2026, 4, 28);

    [Theory]
    [InlineData(1, 23)]           // 1 × 23
    [InlineData(14, 322)]         // 14 × 23
    [InlineData(15, 357)]         // 322 + 35
    [InlineData(28, 812)]         // 322 + 14 × 35 = 322 + 490
    [InlineData(29, 857)]         // 812 + 45
    [InlineData(42, 1442)]        // 812 + 14 × 45 = 812 + 630, the maximum
    [InlineData(60, 1442)]        // lid 1: never more than 42 days
    [InlineData(0, 0)]
    public void Bedrag_PerDagenInGebreke(int dagen, int euro) =>
        Assert.Equal(Bedrag.Euro(euro), Dwangsom.Bedrag(dagen));

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(4, new[] { 4, 23, 92 })]                                  // 4 × 23
    [InlineData(18, new[] { 14, 23, 322, 4, 35, 140 })]                   // 14 × 23 + 4 × 35 = 462
    [InlineData(30, new[] { 14, 23, 322, 14, 35, 490, 2, 45, 90 })]       // 322 + 490 + 2 × 45 = 902
    [InlineData(50, new[] { 14, 23, 322, 14, 35, 490, 14, 45, 630 })]     // capped at 42 days: 1.442
    public void Opbouw_OneLinePerRateWithDays(int dagen, int[] verwacht)
    {
        var stappen = Dwangsom.Opbouw(dagen).SelectMany(s => new[] { s.Dagen, (int)(s.PerDag.Centen / 100), (int)(s.Bedrag.Centen / 100) });
        Assert.Equal(verwacht, stappen);
    }

    [Fact]
    public void EersteDag_IsTwoWeeksAfterTheIngebrekestellingWasReceived()
    {
        Assert.Equal(new DateOnly(2026, 5, 12), Dwangsom.EersteDag(Ontvangen));
    }

    [Theory]
    [InlineData("2026-05-11", 0, 0)]        // the day before day 1: nothing yet
    [InlineData("2026-05-12", 1, 23)]       // day 1 counts today
    [InlineData("2026-05-25", 14, 322)]
    [InlineData("2026-05-26", 15, 357)]
    [InlineData("2026-06-08", 28, 812)]
    [InlineData("2026-06-09", 29, 857)]
    [InlineData("2026-06-22", 42, 1442)]
    [InlineData("2026-07-10", 42, 1442)]    // day 60
    public void Stand_WhileNoDecision_CountsUpToAndIncludingToday(string vandaag, int dagen, int euro)
    {
        var stand = Dwangsom.Stand(Ontvangen, null, Datum(vandaag));

        Assert.Equal((dagen, Bedrag.Euro(euro)), (stand.Dagen, stand.Bedrag));
        Assert.Equal(dagen is > 0 and < 42, stand.Loopt);
    }

    [Fact]
    public void Stand_ADecisionStopsIt_TheDayOfTheDecisionIsNotInDefault()
    {
        // Decided on 26-05-2026, day 15: days 1–14 (12-05 to 25-05) are due, € 322.
        var stand = Dwangsom.Stand(Ontvangen, new DateOnly(2026, 5, 26), new DateOnly(2026, 7, 1));

        Assert.Equal((14, Bedrag.Euro(322), false), (stand.Dagen, stand.Bedrag, stand.Loopt));
        Assert.Equal(0, Dwangsom.Stand(Ontvangen, new DateOnly(2026, 5, 12), new DateOnly(2026, 7, 1)).Dagen);
    }

    [Fact]
    public void Ingebrekestelling_BeforeTheTermPassed_IsRefused()
    {
        var fout = Assert.Throws<DomeinregelException>(() => Dwangsom.ControleerOntvangst(Uiterste, Uiterste, null, Uiterste));
        Assert.Equal("Een ingebrekestelling telt pas na de uiterste beslisdatum (26-04-2026): de beslistermijn liep toen nog.", fout.Message);
        Dwangsom.ControleerOntvangst(Uiterste.AddDays(1), Uiterste, null, Uiterste.AddDays(1));
    }

    [Fact]
    public void Ingebrekestelling_InTheFuture_OrAfterTheDecision_IsRefused()
    {
        Assert.Equal("De datum van ontvangst kan niet in de toekomst liggen.",
            Assert.Throws<DomeinregelException>(() => Dwangsom.ControleerOntvangst(Ontvangen, Uiterste, null, Ontvangen.AddDays(-1))).Message);
        Assert.Equal("Er was op die datum al besloten (01-05-2026): een ingebrekestelling daarna heeft geen gevolg.",
            Assert.Throws<DomeinregelException>(() => Dwangsom.ControleerOntvangst(new DateOnly(2026, 5, 2), Uiterste, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3))).Message);
    }

    private static DateOnly Datum(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
