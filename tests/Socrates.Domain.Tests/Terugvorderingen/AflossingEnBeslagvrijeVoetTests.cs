using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>The aflossing formula (local policy, §7.4) and the beslagvrije voet (Awb 4:93, art. 60; §7.3), worked by hand on 2026 norms.</summary>
public sealed class AflossingEnBeslagvrijeVoetTests
{
    private static readonly Bedrag Alleenstaande = Bedrag.Euro(1_401.50m);   // norm incl. vakantietoeslag, 1 januari 2026

    [Theory]
    [InlineData(0, 7_008)]                  // 5 % × 1.401,50 = 70,075 → 70,08 (half away from zero)
    [InlineData(1_401.50, 7_008)]           // income at the norm: nothing above it
    [InlineData(1_801.50, 21_008)]          // + 35 % × 400,00 = 140,00
    public void Aflossing_IsFivePercentOfTheNormPlus35PercentAbove(decimal inkomen, long centen) =>
        Assert.Equal(centen, Aflossingsformule.Maandbedrag(Alleenstaande, Bedrag.Euro(inkomen), Percentage.Van(5), Percentage.Van(35)).Centen);

    [Theory]
    [InlineData(BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag, 126_135)]   // 90 % × 1.401,50 = 1.261,35 (§7.3)
    [InlineData(BeslagvrijeVoetGrondslag.NormExclusiefVakantietoeslag, 119_828)]   // 90 % × 1.331,42 = 1.198,278 → 1.198,28
    public void BeslagvrijeVoet_IsThePercentageOfItsBase(BeslagvrijeVoetGrondslag grondslag, long centen) =>
        Assert.Equal(centen, BeslagvrijeVoet.Bedrag(Alleenstaande, Percentage.Van(90), grondslag).Centen);

    [Theory]
    [InlineData(1_331.42, 0, 7_007)]         // bijstand alone: 1.331,42 − 1.261,35 = 70,07
    [InlineData(856.42, 500, 9_507)]         // with 500,00 income: 1.356,42 − 1.261,35 = 95,07
    [InlineData(200, 1_500, 20_000)]         // income above the voet: never more than the payment itself
    [InlineData(100, 0, 0)]                  // far below the voet: nothing
    public void Verrekenruimte_LeavesTheBeslagvrijeVoet(decimal uitbetaling, decimal inkomen, long centen) =>
        Assert.Equal(centen, BeslagvrijeVoet.Verrekenruimte(Bedrag.Euro(uitbetaling), Bedrag.Euro(inkomen), Bedrag.Euro(1_261.35m)).Centen);
}
