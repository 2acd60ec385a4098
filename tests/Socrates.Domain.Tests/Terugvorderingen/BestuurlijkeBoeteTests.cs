using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>
/// Art. 18a Participatiewet: percentage by verwijtbaarheid of the benadelingsbedrag, +50 % on recidive, capped by the fine
/// category of art. 23 lid 4 Sr of the decision's two-year indexation period (art. 23 lid 9 Sr); refused, never guessed,
/// above the last known maximum when that period's amounts are not in Socrates.
/// </summary>
public sealed class BestuurlijkeBoeteTests
{
    private static readonly DateOnly Besluit = new(2026, 11, 26);

    [Theory]
    [InlineData(Verwijtbaarheid.Opzet, false, 138_152)]             // 100 % of 1.381,52
    [InlineData(Verwijtbaarheid.GroveSchuld, false, 103_614)]       // 75 %: 1.036,14
    [InlineData(Verwijtbaarheid.Normaal, false, 69_076)]            // 50 %: 690,76
    [InlineData(Verwijtbaarheid.Verminderd, false, 34_538)]         // 25 %: 345,38
    [InlineData(Verwijtbaarheid.Normaal, true, 103_614)]            // recidive: 75 %
    [InlineData(Verwijtbaarheid.Opzet, true, 207_228)]              // recidive: 150 %
    public void Boete_IsAPercentageOfTheBenadeling(Verwijtbaarheid verwijtbaarheid, bool recidive, long centen) =>
        Assert.Equal(centen, BestuurlijkeBoete.Bereken(Bedrag.Euro(1_381.52m), verwijtbaarheid, recidive, Besluit).Boete.Centen);

    [Fact]
    public void In2019_GroveSchuld_IsCappedByTheThirdCategoryOf2018()
    {
        // 75 % of 20.000,00 = 15.000,00 > 3rd category 8.300,00 (Stb. 2017, 433, for 2018–2019)
        var berekening = BestuurlijkeBoete.Bereken(Bedrag.Euro(20_000), Verwijtbaarheid.GroveSchuld, false, new DateOnly(2019, 5, 1));

        Assert.Equal((Bedrag.Euro(15_000), Bedrag.Euro(8_300)), (berekening.VoorMaximum, berekening.Boete));
        Assert.Contains(berekening.Toelichting, t => t.Contains("derde boetecategorie", StringComparison.Ordinal) && t.Contains("Stb. 2017, 433", StringComparison.Ordinal));
    }

    [Fact]
    public void In2021_Opzet_IsCappedByTheFifthCategoryOf2020() =>  // 150 % of 100.000 = 150.000 > 87.000
        Assert.Equal(Bedrag.Euro(87_000), BestuurlijkeBoete.Bereken(Bedrag.Euro(100_000), Verwijtbaarheid.Opzet, true, new DateOnly(2021, 12, 31)).Boete);

    [Fact]
    public void In2026_WithoutThe2026Amounts_ABoeteBelowTheLastKnownMaximumIsImposed()
    {
        // 75 % of 10.000,00 = 7.500,00 ≤ 8.700,00 (3rd category of 2020): whatever the 2026 amount, the boete is below it.
        var berekening = BestuurlijkeBoete.Bereken(Bedrag.Euro(10_000), Verwijtbaarheid.GroveSchuld, false, Besluit);

        Assert.Equal(Bedrag.Euro(7_500), berekening.Boete);
        Assert.Contains(berekening.Toelichting, t => t.Contains("laatst bekende maximum", StringComparison.Ordinal) && t.Contains("01-01-2026", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Verwijtbaarheid.GroveSchuld, false, 20_000)]          // 15.000,00 > 8.700,00 (3rd, 2020)
    [InlineData(Verwijtbaarheid.Opzet, true, 100_000)]                // 150.000,00 > 87.000,00 (5th, 2020)
    public void In2026_ABoeteAboveTheLastKnownMaximum_IsRefused_NotCappedAtAGuess(Verwijtbaarheid verwijtbaarheid, bool recidive, decimal benadeling)
    {
        var fout = Assert.Throws<DomeinregelException>(() => BestuurlijkeBoete.Bereken(Bedrag.Euro(benadeling), verwijtbaarheid, recidive, Besluit));

        Assert.Contains("01-01-2026", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2019, 2018)]
    [InlineData(2020, 2020)]
    [InlineData(2021, 2020)]
    [InlineData(2026, 2026)]
    [InlineData(2027, 2026)]
    public void Indexatieperiode_StartsOn1JanuaryOfAnEvenYear(int jaar, int begin) =>
        Assert.Equal(new DateOnly(begin, 1, 1), BestuurlijkeBoete.Indexatieperiode(new DateOnly(jaar, 7, 1)));

    [Fact]
    public void Categories_HaveTheSecondThirdAndFifth_WithTheirSource()
    {
        var rij = BestuurlijkeBoete.Categorieen.Op(new DateOnly(2018, 1, 1));

        Assert.Equal((Bedrag.Euro(4_150), Bedrag.Euro(8_300), Bedrag.Euro(83_000), "Stb. 2017, 433"), ((Bedrag)rij.Tweede!, rij.Derde, rij.Vijfde, rij.Bron));
    }

    [Fact]
    public void WithoutBenadeling_IsRefused() =>
        Assert.Throws<DomeinregelException>(() => BestuurlijkeBoete.Bereken(Bedrag.Nul, Verwijtbaarheid.Opzet, false, Besluit));
}
