using Socrates.Domain.Bezwaren;

namespace Socrates.Domain.Tests.Bezwaren;

/// <summary>Hand-worked terms of a bezwaar: Awb 6:7, 6:8 lid 1, 7:10 and the Algemene termijnenwet (2026: Pasen 5 april, Pinksteren 24 mei).</summary>
public sealed class BezwaartermijnenTests
{
    private static readonly DateOnly MaandagTweeMaart = new(2026, 3, 2);

    [Fact]
    public void Awb6_7_6_8_SentMonday2March_LastDayIsMonday13April() =>  // day after sending = day 1; day 42 = 13 april
        Assert.Equal(new DateOnly(2026, 4, 13), Bezwaartermijnen.LaatsteDagBezwaar(MaandagTweeMaart));

    [Fact]
    public void Awb6_7_ReceivedOnDay42_IsOnTime() =>
        Assert.True(Bezwaartermijnen.IsTijdig(MaandagTweeMaart, new DateOnly(2026, 4, 13)));

    [Fact]
    public void Awb6_7_ReceivedOnDay43_IsLate() =>
        Assert.False(Bezwaartermijnen.IsTijdig(MaandagTweeMaart, new DateOnly(2026, 4, 14)));

    [Fact]
    public void Atw1_TermEndingOnGoedeVrijdag_RunsToTuesdayAfterTweedePaasdag()
    {
        // Sent Friday 20 February: day 42 is Goede Vrijdag 3 April (Atw art. 3 lid 2); Saturday, Sunday and tweede Paasdag 6 April
        // follow (art. 3 lid 1), so the term runs up to and including Tuesday 7 April (art. 1 lid 1).
        var verzonden = new DateOnly(2026, 2, 20);

        Assert.Equal(new DateOnly(2026, 4, 7), Bezwaartermijnen.LaatsteDagBezwaar(verzonden));
        Assert.True(Bezwaartermijnen.IsTijdig(verzonden, new DateOnly(2026, 4, 7)));
        Assert.False(Bezwaartermijnen.IsTijdig(verzonden, new DateOnly(2026, 4, 8)));
    }

    [Fact]
    public void Atw1_TermEndingOnSaturday_RunsToMonday() =>           // sent Saturday 7 March: day 42 is Saturday 18 April
        Assert.Equal(new DateOnly(2026, 4, 20), Bezwaartermijnen.LaatsteDagBezwaar(new DateOnly(2026, 3, 7)));

    [Fact]
    public void Awb7_10_Lid1_SixWeeksAfterTheBezwaartermijn() =>      // sent 9 March; bezwaartermijn ends 20 April; + 42 = 1 June
        Assert.Equal(new DateOnly(2026, 6, 1), Bezwaartermijnen.UitersteBeslisdatum(new DateOnly(2026, 3, 9), adviescommissie: false, verdaagd: false));

    [Fact]
    public void Awb7_10_Lid1_WithAdviescommissie_TwelveWeeks() =>     // 20 April + 84 = 13 July
        Assert.Equal(new DateOnly(2026, 7, 13), Bezwaartermijnen.UitersteBeslisdatum(new DateOnly(2026, 3, 9), adviescommissie: true, verdaagd: false));

    [Fact]
    public void Awb7_10_Lid3_Verdaging_AddsSixWeeks() =>              // 1 June + 42 = 13 July
        Assert.Equal(new DateOnly(2026, 7, 13), Bezwaartermijnen.UitersteBeslisdatum(new DateOnly(2026, 3, 9), adviescommissie: false, verdaagd: true));

    [Fact]
    public void Awb7_10_Lid3_VerdagingWithAdviescommissie_EighteenWeeks() =>  // 13 July + 42 = 24 August
        Assert.Equal(new DateOnly(2026, 8, 24), Bezwaartermijnen.UitersteBeslisdatum(new DateOnly(2026, 3, 9), adviescommissie: true, verdaagd: true));

    [Fact]
    public void Awb7_10_Atw1_BeslistermijnEndingOnTweedePinksterdag_RunsToTuesday() =>  // 13 April + 42 = 25 May, tweede Pinksterdag
        Assert.Equal(new DateOnly(2026, 5, 26), Bezwaartermijnen.UitersteBeslisdatum(MaandagTweeMaart, adviescommissie: false, verdaagd: false));

    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2025, 4, 20)]
    [InlineData(2027, 3, 28)]
    public void Pasen_IsEasterSunday(int jaar, int maand, int dag) =>
        Assert.Equal(new DateOnly(jaar, maand, dag), AlgemeneTermijnenwet.Pasen(jaar));

    [Fact]
    public void Atw3_Koningsdag2025_OnSunday27April_Is26April()
    {
        Assert.Contains(new DateOnly(2025, 4, 26), AlgemeneTermijnenwet.Feestdagen(2025));
        Assert.DoesNotContain(new DateOnly(2025, 4, 27), AlgemeneTermijnenwet.Feestdagen(2025));
    }
}
