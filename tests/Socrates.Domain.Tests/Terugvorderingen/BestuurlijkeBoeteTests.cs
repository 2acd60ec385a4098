using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>Art. 18a Participatiewet: percentage by verwijtbaarheid of the benadelingsbedrag, +50 % on recidive, capped by the fine category.</summary>
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
    public void GroveSchuld_IsCappedByTheThirdCategory()
    {
        // 75 % of 20.000,00 = 15.000,00 > 3rd category 8.700,00 (2020 row)
        var berekening = BestuurlijkeBoete.Bereken(Bedrag.Euro(20_000), Verwijtbaarheid.GroveSchuld, false, Besluit);

        Assert.Equal((Bedrag.Euro(15_000), Bedrag.Euro(8_700)), (berekening.VoorMaximum, berekening.Boete));
        Assert.Contains(berekening.Toelichting, t => t.Contains("derde boetecategorie", StringComparison.Ordinal));
    }

    [Fact]
    public void Opzet_IsCappedByTheFifthCategory() =>               // 150 % of 100.000 = 150.000 > 87.000
        Assert.Equal(Bedrag.Euro(87_000), BestuurlijkeBoete.Bereken(Bedrag.Euro(100_000), Verwijtbaarheid.Opzet, true, Besluit).Boete);

    [Fact]
    public void Categories_AreEffectiveDated() =>                   // 2019: the 2018 row, 3rd category 8.300,00
        Assert.Equal(Bedrag.Euro(8_300), BestuurlijkeBoete.Bereken(Bedrag.Euro(20_000), Verwijtbaarheid.Normaal, false, new DateOnly(2019, 5, 1)).Boete);

    [Fact]
    public void WithoutBenadeling_IsRefused() =>
        Assert.Throws<DomeinregelException>(() => BestuurlijkeBoete.Bereken(Bedrag.Nul, Verwijtbaarheid.Opzet, false, Besluit));
}
