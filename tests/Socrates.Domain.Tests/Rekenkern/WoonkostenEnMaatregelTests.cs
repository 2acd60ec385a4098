using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>The municipality's settings: art. 27 (woonkostenverlaging) and art. 18 lid 2 (maatregel).</summary>
public sealed class WoonkostenEnMaatregelTests
{
    private static readonly DateOnly Februari2026 = new(2026, 2, 1);

    [Theory]
    // Inwonend 10 % of 2.002,13 = 200,213 → 200,21: 1.401,50 − 200,21 = 1.201,29; VT 60,0645 → 60,06; paid 1.141,23.
    // Dakloos 20 % = 400,426 → 400,43: 1.001,07; VT 50,05; paid 951,02.
    [InlineData(Woonsituatie.Inwonend, "-200,21", "1.201,29", "60,06", "1.141,23")]
    [InlineData(Woonsituatie.Dakloos, "-400,43", "1.001,07", "50,05", "951,02")]
    public void Bereken_Art27_LowersTheArt21NormByThePercentageOfTheGehuwdennorm(Woonsituatie woonsituatie, string verlaging, string norm, string vt, string teBetalen)
    {
        var b = Bereken(Alleenstaande(35, Februari2026) with { Woonsituatie = woonsituatie }, Februari2026);

        Assert.Equal(E(verlaging), b.Regel("27").Bedrag);
        Assert.Equal((E(norm), E(vt), E(teBetalen)), (b.Norm, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_Art27_UsesTheMunicipalitysOwnPercentage()
    {
        // 15 % of 2.002,13 = 300,3195 → 300,32; 1.401,50 − 300,32 = 1.101,18.
        var regels = Regels with { WoonkostenverlagingPercentage = Percentage.Van(15) };

        var b = Domain.Rekenkern.Rekenkern.Bereken(Alleenstaande(35, Februari2026) with { Woonsituatie = Woonsituatie.Inwonend }, Februari2026, regels, Landelijk);

        Assert.Equal(E("1.101,18"), b.Norm);
    }

    [Fact]
    public void Bereken_Art27_GehuwdenInwonend()
    {
        var b = Bereken(Gehuwden(35, 38, Februari2026) with { Woonsituatie = Woonsituatie.Inwonend }, Februari2026);

        Assert.Equal(E("1.801,92"), b.Norm);                        // 2.002,13 − 200,21
    }

    [Theory]                                                       // art. 27 names only the norms of art. 20 and 21
    [InlineData(70, 0, "1.564,69")]                                // art. 22 onder a
    [InlineData(35, 1, "1.001,07")]                                // art. 22a lid 1, A = 2
    public void Bereken_Art27_DoesNotLowerArt22Or22a(int leeftijd, int kostendelers, string norm)
    {
        var huishouden = Alleenstaande(leeftijd, Februari2026) with { Woonsituatie = Woonsituatie.Inwonend, Medebewoners = Kostendelers(kostendelers, Februari2026) };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal(E(norm), b.Norm);
        Assert.Equal(E("0,00"), b.Regel("27").Bedrag);
    }

    [Theory]
    // Issue #20: a homeless 19-year-old. The gehuwdennorm's 20 % (400,43) is more than his whole jongerennorm (345,99) and
    // left him € 0,00 and "geen recht". Art. 27 lowers only "voorzover" housing costs are lower: his norm provides for
    // 345,99 / 1.401,50 of an alleenstaande's, so the lowering is 20 % × 2.002,13 × 345,99 / 1.401,50 = 98,8527 → 98,85,
    // leaving 247,14 (VT 12,357 → 12,36; paid 234,78). Inwonend 10 %: 49,4263 → 49,43, leaving 296,56.
    [InlineData(Woonsituatie.Dakloos, "-98,85", "247,14", "12,36", "234,78")]
    [InlineData(Woonsituatie.Inwonend, "-49,43", "296,56", "14,83", "281,73")]
    public void Issue20_HomelessJongere_KeepsANorm_TheLoweringInProportionToHisNorm(Woonsituatie woonsituatie, string verlaging, string norm, string vt, string teBetalen)
    {
        var b = Bereken(Alleenstaande(19, Februari2026) with { Woonsituatie = woonsituatie }, Februari2026);

        Assert.True(b.Recht);
        Assert.Equal(E(verlaging), b.Regel("27").Bedrag);
        Assert.Equal((E(norm), E(vt), E(teBetalen)), (b.Norm, b.Vakantietoeslag, b.TeBetalen));
        Assert.Contains("naar verhouding", b.Regel("27").Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_Art27_JongereWithTheArt20Lid3Verhoging_InProportionToTheRaisedNorm()
    {
        // 345,99 + 746,45 = 1.092,44 (below 1.401,50): 20 % × 2.002,13 × 1.092,44 / 1.401,50 = 400,426 × 0,77948… = 312,12
        // (one rounding of the exact product); norm 1.092,44 − 312,12 = 780,32.
        var huishouden = Alleenstaande(19, Februari2026) with { Woonsituatie = Woonsituatie.Dakloos, OuderlijkeBijdrageOntoereikend = true };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal((E("-312,12"), E("780,32")), (b.Regel("27").Bedrag, b.Norm));
    }

    [Theory]
    // A percentage above 40 % is taken as 40 % (art. 22a lid 1: at most 40 % of B depends on sharing a dwelling):
    // 21+: 40 % × 2.002,13 = 800,852 → 800,85, norm 600,65; 19: 800,852 × 345,99 / 1.401,50 = 197,7054 → 197,71, norm 148,28.
    [InlineData(35, "600,65")]
    [InlineData(19, "148,28")]
    public void Bereken_Art27_APercentageAbove40_IsTakenAs40_SoANormAlwaysRemains(int leeftijd, string norm)
    {
        var regels = Regels with { WoonkostenverlagingDakloosPercentage = Percentage.Honderd };

        var b = Domain.Rekenkern.Rekenkern.Bereken(Alleenstaande(leeftijd, Februari2026) with { Woonsituatie = Woonsituatie.Dakloos }, Februari2026, regels, Landelijk);

        Assert.Equal(E(norm), b.Norm);
        Assert.Contains("ten hoogste 40", b.Regel("27").Omschrijving, StringComparison.Ordinal);
    }

    [Theory]
    // Cat. 1, 5 %: 1.401,50 × 5 % = 70,075 → 70,08; 1.331,42; VT 66,571 → 66,57; paid 1.264,85.
    // Cat. 2, 30 %: 420,45; 981,05; VT 49,0525 → 49,05; paid 932,00.
    // Cat. 3, 100 %: all of it; nothing paid, but the right remains.
    [InlineData(Maatregelcategorie.Eerste, "70,08", "1.331,42", "66,57", "1.264,85")]
    [InlineData(Maatregelcategorie.Tweede, "420,45", "981,05", "49,05", "932,00")]
    [InlineData(Maatregelcategorie.Derde, "1.401,50", "0,00", "0,00", "0,00")]
    public void Bereken_Maatregel_Art18Lid2_LowersTheBijstandWithItsOwnLine(Maatregelcategorie categorie, string verlaging, string bijstand, string vt, string teBetalen)
    {
        var b = Bereken(Alleenstaande(35, Februari2026) with { Maatregel = categorie }, Februari2026);

        Assert.True(b.Recht);
        Assert.Equal(-E(verlaging), b.Regels.First(r => r.Artikel == "art. 18 lid 2 Participatiewet").Bedrag);
        Assert.Equal((E(verlaging), E(bijstand), E(vt), E(teBetalen)), (b.Verlaging, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_MaatregelOnTheBereken_IssueExample_TakesThePercentageOfTheNorm()
    {
        // Work income 1.000,00 − vrijlating 250,00: bijstand 651,50. 30 % of the norm 1.401,50 = 420,45 → 231,05;
        // VT 11,5525 → 11,55; paid 219,50.
        var huishouden = Alleenstaande(35, Februari2026) with { Inkomsten = [Arbeid("1.000,00")], Maatregel = Maatregelcategorie.Tweede };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal((E("231,05"), E("11,55"), E("219,50")), (b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Issue20_Maatregel30PercentWith1000Income_NormBase_LeavesNothing()
    {
        // Uitkering 1.000,00: bijstand 1.401,50 − 1.000,00 = 401,50. Default (norm): 30 % × 1.401,50 = 420,45, at most the
        // bijstand: 401,50 off, 0,00 left. The right remains (art. 18 lid 2 lowers the bijstand, it does not end it).
        var huishouden = Alleenstaande(35, Februari2026) with { Inkomsten = [Uitkering("1.000,00")], Maatregel = Maatregelcategorie.Tweede };

        var b = Bereken(huishouden, Februari2026);

        Assert.True(b.Recht);
        Assert.Equal((E("401,50"), E("0,00"), E("0,00"), E("0,00")), (b.Verlaging, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        Assert.Contains("bijstandsnorm", b.Regels.First(r => r.Artikel == "art. 18 lid 2 Participatiewet").Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue20_Maatregel30PercentWith1000Income_BijstandBase_Is28105()
    {
        // A verordening that takes the bijstand: 30 % × 401,50 = 120,45 → 281,05; VT 14,0525 → 14,05; paid 267,00.
        var regels = Regels with { MaatregelGrondslag = Socrates.Domain.Gemeenten.MaatregelGrondslag.Bijstand };
        var huishouden = Alleenstaande(35, Februari2026) with { Inkomsten = [Uitkering("1.000,00")], Maatregel = Maatregelcategorie.Tweede };

        var b = Domain.Rekenkern.Rekenkern.Bereken(huishouden, Februari2026, regels, Landelijk);

        Assert.Equal((E("120,45"), E("281,05"), E("14,05"), E("267,00")), (b.Verlaging, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }
}
