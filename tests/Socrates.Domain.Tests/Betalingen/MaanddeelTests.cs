using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>A month's bijstand naar rato, worked by hand (art. 45 lid 3 and art. 19 lid 3 Participatiewet; half away from zero).</summary>
public sealed class MaanddeelTests
{
    [Fact]
    public void AWholeMonth_SplitsTheNormIntoSeventyEightAndTheMonthlyAmount()
    {
        // 1.401,50 × 5 % = 70,075 → 70,08 (the half cent of the domain reference §1.5), maanddeel 1.331,42.
        var deel = Maanddeel.NaarRato(Bedrag.Euro(1_401.50m), 30, 30);

        Assert.Equal((Bedrag.Euro(1_401.50m), Bedrag.Euro(70.08m), Bedrag.Euro(1_331.42m)), (deel.Bijstand, deel.Vakantietoeslag, deel.Maandbedrag));
    }

    [Fact]
    public void ElevenOfThirtyDays_ProRatesTheBijstandFirst()
    {
        // 1.401,50 × 11 / 30 = 513,883… → 513,88; 5 % = 25,694 → 25,69; maanddeel 488,19. Pro-rating the maanddeel
        // instead gives 1.331,42 × 11 / 30 = 488,187… → 488,19 here, but not in every split (see the property test).
        var deel = Maanddeel.NaarRato(Bedrag.Euro(1_401.50m), 11, 30);

        Assert.Equal((Bedrag.Euro(513.88m), Bedrag.Euro(25.69m), Bedrag.Euro(488.19m)), (deel.Bijstand, deel.Vakantietoeslag, deel.Maandbedrag));
    }

    [Fact]
    public void ASplitWhereTheOldOrderOfRoundingDiffered_Issue20_12()
    {
        // € 1.000,00 for 10 of 30 days: 333,333… → 333,33; 5 % = 16,6665 → 16,67; maanddeel 316,66. The old
        // herberekening pro-rated the maanddeel: (1.000,00 − 50,00) × 10 / 30 = 316,666… → 316,67, a cent more than the
        // run paid. Likewise € 1.001,50 for 12 of 31 days: 387,68 − 19,38 = 368,30 against 951,42 × 12/31 = 368,29.
        Assert.Equal(Bedrag.Euro(316.66m), Maanddeel.NaarRato(Bedrag.Euro(1_000m), 10, 30).Maandbedrag);
        Assert.Equal(Bedrag.Euro(316.67m), Maanddeel.NaarRatoBedrag(Bedrag.Euro(950m), 10, 30));
        Assert.Equal(Bedrag.Euro(368.30m), Maanddeel.NaarRato(Bedrag.Euro(1_001.50m), 12, 31).Maandbedrag);
        Assert.Equal(Bedrag.Euro(368.29m), Maanddeel.NaarRatoBedrag(Bedrag.Euro(951.42m), 12, 31));
    }

    [Fact]
    public void NoDays_IsNothing() => Assert.Equal(Maanddeel.Nul, Maanddeel.NaarRato(Bedrag.Euro(1_401.50m), 0, 31));
}
