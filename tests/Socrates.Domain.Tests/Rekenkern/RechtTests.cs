using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>When there is no right: vermogen (art. 34), means ≥ norm (art. 19 lid 1 onder a), age (art. 13).</summary>
public sealed class RechtTests
{
    private static readonly DateOnly Februari2026 = new(2026, 2, 1);

    [Theory]                                                      // art. 34 lid 3 onder a: 8.000,00 in 2026
    [InlineData("10.000,00", "2.000,00", true)]                   // exactly at the grens: 8.000,00
    [InlineData("8.000,01", "0,00", false)]                       // 1 ct above
    public void Bereken_VermogenAtAndAboveTheGrens_Alleenstaande(string bezittingen, string schulden, bool recht)
    {
        var b = Bereken(Alleenstaande(35, Februari2026) with { Bezittingen = E(bezittingen), Schulden = E(schulden) }, Februari2026);

        Assert.Equal(recht, b.Recht);
        Assert.Equal(E("8.000,00"), b.Vermogensgrens);
        if (!recht)
        {
            Assert.Equal(
                "Het vermogen (€\u00A08.000,01) is hoger dan de vermogensgrens voor een alleenstaande (€\u00A08.000,00) (art. 34 lid 3 onder a Participatiewet).",
                Assert.Single(b.RedenenGeenRecht));
            Assert.Equal((E("0,00"), E("0,00"), E("0,00")), (b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        }
    }

    [Theory]                                                      // art. 34 lid 3 onder b and c: 16.000,00 in 2026
    [InlineData("16.000,00", true)]
    [InlineData("16.000,01", false)]
    public void Bereken_VermogenAlleenstaandeOuderAndGehuwden_Grens16000(string bezittingen, bool recht)
    {
        var ouder = Bereken(Alleenstaande(35, Februari2026) with { Kinderen = Kind(4, Februari2026), Bezittingen = E(bezittingen) }, Februari2026);
        var gehuwden = Bereken(Gehuwden(35, 36, Februari2026) with { Bezittingen = E(bezittingen) }, Februari2026);

        Assert.Equal((recht, recht), (ouder.Recht, gehuwden.Recht));
        Assert.Equal((E("16.000,00"), E("16.000,00")), (ouder.Vermogensgrens, gehuwden.Vermogensgrens));
    }

    [Fact]
    public void Bereken_Vermogen2025_UsesTheGrensOfThatYear()
    {
        var peildatum = new DateOnly(2025, 9, 1);                 // art. 34 lid 3 onder a: 7.770,00 in 2025

        var b = Bereken(Alleenstaande(35, peildatum) with { Bezittingen = E("7.770,01") }, peildatum);

        Assert.False(b.Recht);
        Assert.Equal(E("7.770,00"), b.Vermogensgrens);
    }

    [Theory]                                                      // art. 19 lid 1 onder a: income must be below the norm
    [InlineData("1.401,50", false)]
    [InlineData("1.600,00", false)]
    [InlineData("1.401,49", true)]
    public void Bereken_MeansAtOrAboveTheNorm_NoRight(string uitkering, bool recht)
    {
        var b = Bereken(Alleenstaande(35, Februari2026) with { Inkomsten = [Uitkering(uitkering)] }, Februari2026);

        Assert.Equal(recht, b.Recht);
        if (recht)
        {
            // 1.401,50 − 1.401,49 = 0,01; VT 0,0005 → 0,00.
            Assert.Equal((E("0,01"), E("0,00"), E("0,01")), (b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        }
        else
        {
            Assert.Contains("gelijk aan of hoger dan de bijstandsnorm (€\u00A01.401,50) (art. 19 lid 1 onder a Participatiewet)", Assert.Single(b.RedenenGeenRecht), StringComparison.Ordinal);
            Assert.Equal((E("0,00"), E("0,00"), E("0,00")), (b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        }
    }

    [Fact]
    public void Bereken_WorkIncomeAtTheNorm_VrijlatingDoesNotCreateARight()
    {
        // Socrates choice: the right is tested before the vrijlating ("voor zover hij algemene bijstand ontvangt").
        var b = Bereken(Alleenstaande(35, Februari2026) with { Inkomsten = [Arbeid("1.500,00")] }, Februari2026);

        Assert.False(b.Recht);
        Assert.Equal(E("0,00"), b.Vrijlating);
    }

    [Fact]
    public void Bereken_Under18_NoRight()
    {
        var b = Bereken(Alleenstaande(17, Februari2026), Februari2026);

        Assert.False(b.Recht);
        Assert.Equal("De aanvrager is jonger dan 18 jaar en heeft geen recht op bijstand (art. 13 lid 1 onder f Participatiewet).", Assert.Single(b.RedenenGeenRecht));
        Assert.Equal((E("0,00"), E("0,00")), (b.Norm, b.TeBetalen));
    }

    [Theory]                                                      // art. 13 lid 2 onder a: 18–20 in an inrichting
    [InlineData(18)]
    [InlineData(20)]
    public void Bereken_18To20InAnInrichting_NoRight(int leeftijd)
    {
        var b = Bereken(Alleenstaande(leeftijd, Februari2026, inInrichting: true), Februari2026);

        Assert.False(b.Recht);
        Assert.Equal($"De aanvrager is {leeftijd} jaar en verblijft in een inrichting: geen recht op algemene bijstand (art. 13 lid 2 onder a Participatiewet).", Assert.Single(b.RedenenGeenRecht));
    }

    [Fact]
    public void Bereken_21InAnInrichting_GetsTheInrichtingNormWithItsVerhoging()
    {
        // art. 23 lid 1 onder a 443,76 + lid 2 onder a 47,00 = 490,76; VT 24,538 → 24,54; paid 466,22.
        var b = Bereken(Alleenstaande(21, Februari2026, inInrichting: true), Februari2026);

        Assert.Equal((E("490,76"), E("24,54"), E("466,22")), (b.Norm, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_VermogenAndIncomeBothTooHigh_GivesBothReasons()
    {
        var b = Bereken(Alleenstaande(35, Februari2026) with { Bezittingen = E("20.000,00"), Inkomsten = [Uitkering("2.000,00")] }, Februari2026);

        Assert.Equal(2, b.RedenenGeenRecht.Count);
    }
}
