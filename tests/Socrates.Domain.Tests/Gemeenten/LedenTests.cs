using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Gemeenten;

public sealed class LedenTests
{
    [Fact]
    public void Alle_TheFourMembers_WithTheirCbsCodes()   // domain reference §8.2
    {
        Assert.Equal(
            ["GM0363 Amsterdam", "GM0599 Rotterdam", "GM0518 's-Gravenhage", "GM0344 Utrecht"],
            Leden.Alle.Select(l => $"{l.Code} {l.Naam}"));
    }

    [Fact]
    public void InstellingenTabel_OneTablePerMember() =>
        Assert.Equal("GemeenteInstellingen_GM0599", Leden.Rotterdam.InstellingenTabel);

    [Fact]
    public void Alle_EveryMemberHasACompleteLetterhead() =>
        Assert.All(Leden.Alle, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Briefhoofd.Naam));
            Assert.Contains(l.Naam == "'s-Gravenhage" ? "Den Haag" : l.Naam, l.Briefhoofd.Bezoekadres, StringComparison.Ordinal);
            Assert.StartsWith("Postbus", l.Briefhoofd.Postadres, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData("GM0599", true)]
    [InlineData("gm0599", false)]
    [InlineData("GM599", false)]
    [InlineData("0599", false)]
    public void GemeenteCode_Format(string code, bool geldig) => Assert.Equal(geldig, GemeenteCode.IsGeldig(code));

    [Fact]
    public void Standaard_TheDefaultsOfTheSocratesDecisions()
    {
        var regels = GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1));

        Assert.True(regels.VierOgenToekenning && regels.VierOgenAfwijzing && regels.VierOgenTerugvordering);
        Assert.Equal(14, regels.SignaleringsdagenBeslistermijn);
        Assert.Equal(IngangsdatumJongeren.EindeZoektermijn, regels.IngangsdatumJongeren);
        Assert.Equal([500, 3000, 10_000], new[] { regels.MaatregelPercentageCategorie1, regels.MaatregelPercentageCategorie2, regels.MaatregelPercentageCategorie3 }.Select(p => p.Basispunten));
        Assert.Equal((1000, 2000), (regels.WoonkostenverlagingPercentage.Basispunten, regels.WoonkostenverlagingDakloosPercentage.Basispunten));
        Assert.Equal((20_000L, 75_000L), (regels.TerugvorderingMinimum.Centen, regels.BrutoTerugvorderingVanaf.Centen));
        Assert.Equal(9000, regels.BeslagvrijeVoetPercentage.Basispunten);
        Assert.Equal(BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag, regels.BeslagvrijeVoetGrondslag);
        Assert.Equal((500, 3500), (regels.AflossingPercentageNorm.Basispunten, regels.AflossingPercentageInkomenBovenNorm.Basispunten));
        Assert.Equal(6, regels.VakantietoeslagUitbetaalmaand);
        Assert.Equal("Gemeente Utrecht, Werk en Inkomen", regels.BriefNaam);
    }
}
