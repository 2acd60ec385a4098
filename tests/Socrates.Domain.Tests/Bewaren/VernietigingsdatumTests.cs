using Socrates.Domain.Bewaren;

namespace Socrates.Domain.Tests.Bewaren;

/// <summary>Selectielijst 2020, 12.1.1 (Archiefwet 1995 art. 5): vernietigen 10 jaar after the latest end or besluit.</summary>
public sealed class VernietigingsdatumTests
{
    private static readonly Bewaartermijn Termijn = Bewaartermijnen.Bijstand;

    [Fact]
    public void TheTermRunsTenYearsFromTheEndOfTheLastToekenning_WhenThatIsLatest() =>
        // toekenning ended 31-03-2016, last besluit (the beëindiging) 15-03-2016: 31-03-2016 + 10 jaar
        Assert.Equal(new DateOnly(2026, 3, 31), Vernietigingsdatum.Van(
            new Bewaargrond(false, false, new DateOnly(2016, 3, 31), new DateOnly(2016, 3, 15), null, null), Termijn));

    [Fact]
    public void WithoutAToekenning_TheFinalDecisionStartsTheTerm() =>
        // afwijzing sent 02-05-2015, never a toekenning: 02-05-2025
        Assert.Equal(new DateOnly(2025, 5, 2), Vernietigingsdatum.Van(new Bewaargrond(false, false, null, new DateOnly(2015, 5, 2), null, null), Termijn));

    [Fact]
    public void TheLastBookingOfATerugvordering_StartsTheTermAgain() =>
        // ended 2014, claim paid off 10-10-2019: 10-10-2029 (the invordering ended then)
        Assert.Equal(new DateOnly(2029, 10, 10), Vernietigingsdatum.Van(
            new Bewaargrond(false, false, new DateOnly(2014, 1, 31), new DateOnly(2014, 1, 20), new DateOnly(2019, 10, 10), null), Termijn));

    [Fact]
    public void AnExtension_MovesTheDateOnlyWhenLater()
    {
        var grond = new Bewaargrond(false, false, new DateOnly(2016, 3, 31), null, null, new DateOnly(2027, 1, 1));
        Assert.Equal(new DateOnly(2027, 1, 1), Vernietigingsdatum.Van(grond, Termijn));
        Assert.Equal(new DateOnly(2026, 3, 31), Vernietigingsdatum.Van(grond with { VerlengdTot = new DateOnly(2020, 1, 1) }, Termijn));
    }

    [Fact]
    public void WhileAToekenningRunsOrAnAanvraagIsOpen_ThereIsNoDate()
    {
        Assert.Null(Vernietigingsdatum.Van(new Bewaargrond(true, false, null, new DateOnly(2016, 1, 1), null, null), Termijn));
        Assert.Null(Vernietigingsdatum.Van(new Bewaargrond(false, true, new DateOnly(2010, 1, 1), null, null, null), Termijn));
        Assert.Null(Vernietigingsdatum.Van(new Bewaargrond(false, false, null, null, null, null), Termijn));
    }

    [Fact]
    public void TheRuleTable_NamesCategoryTermAndSource()
    {
        Assert.Equal(("12.1.1", 10), (Termijn.Categorie, Termijn.Jaren));
        Assert.Contains("Selectielijst gemeenten en intergemeentelijke organen 2020", Termijn.Bron, StringComparison.Ordinal);
    }
}
