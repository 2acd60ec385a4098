using System.Text.RegularExpressions;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>Income, vrijlatingen (art. 31 lid 2 onder n and r, lid 5), bijstand (art. 19 lid 2) and vakantietoeslag (art. 19 lid 3).</summary>
public sealed partial class RekenkernTests
{
    private static readonly DateOnly Februari2026 = new(2026, 2, 1);

    [Fact]
    public void Bereken_ExampleOfTheIssue_Rotterdam_Alleenstaande35_Arbeid1000()
    {
        // art. 21 onder a 1.401,50; art. 31 lid 2 onder n: 25 % of 1.000,00 = 250,00 (≤ 285,00); income 750,00;
        // art. 19 lid 2: 1.401,50 − 750,00 = 651,50; art. 19 lid 3: 5 % = 32,575 → 32,58; paid 651,50 − 32,58 = 618,92.
        var huishouden = new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1990, 5, 1)), Inkomsten = [Arbeid("1.000,00")] };

        var b = Bereken(huishouden, Februari2026);

        Assert.True(b.Recht);
        Assert.Empty(b.RedenenGeenRecht);
        Assert.Equal(1, b.Kostendelers);
        Assert.Equal(
            (E("1.401,50"), E("750,00"), E("250,00"), E("651,50"), E("32,58"), E("618,92")),
            (b.Norm, b.InkomenInAanmerking, b.Vrijlating, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        Assert.Equal(
            ["31 lid 2 onder n", "32 lid 1", "19 lid 2", "19 lid 3", "45 lid 1"],
            b.Regels.TakeLast(5).Select(r => r.Artikel.Replace("art. ", "", StringComparison.Ordinal).Replace(" Participatiewet", "", StringComparison.Ordinal)));
        Assert.Equal(E("-250,00"), b.Regel("31 lid 2 onder n").Bedrag);
    }

    [Fact]
    public void Bereken_HalfCentVakantietoeslag_RoundsUp()
    {
        // art. 19 lid 3: 5 % of 1.401,50 = 70,075 → 70,08; paid monthly 1.331,42.
        var b = Bereken(Alleenstaande(35, Februari2026), Februari2026);

        Assert.Equal((E("1.401,50"), E("70,08"), E("1.331,42")), (b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_WorkIncomeAboveTheMaximum_VrijlatingIsCapped()
    {
        // art. 31 lid 2 onder n: 25 % of 1.200,00 = 300,00 > 285,00 → 285,00; income 915,00; bijstand 486,50;
        // VT 24,325 → 24,33; paid 462,17.
        var b = Bereken(Alleenstaande(35, Februari2026) with { Inkomsten = [Arbeid("1.200,00")] }, Februari2026);

        Assert.Equal((E("285,00"), E("915,00"), E("486,50"), E("24,33"), E("462,17")),
            (b.Vrijlating, b.InkomenInAanmerking, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_Under27_GetsNoVrijlatingN()
    {
        // art. 31 lid 5: not for someone under 27. Income 1.000,00 counts fully: 1.401,50 − 1.000,00 = 401,50;
        // VT 20,075 → 20,08; paid 381,42.
        var b = Bereken(Alleenstaande(26, Februari2026) with { Inkomsten = [Arbeid("1.000,00")] }, Februari2026);

        Assert.Equal((E("0,00"), E("401,50"), E("20,08"), E("381,42")), (b.Vrijlating, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        Assert.Contains("jonger dan 27", b.Regel("31 lid 5").Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_Turns27OnThePeildatum_GetsVrijlatingN()
    {
        var huishouden = new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1999, 2, 1)), Inkomsten = [Arbeid("1.000,00")] };

        Assert.Equal(E("250,00"), Bereken(huishouden, Februari2026).Vrijlating);
    }

    [Theory]                                                      // art. 31 lid 2 onder n: at most six months below AOW age
    [InlineData(0, "250,00")]
    [InlineData(5, "250,00")]
    [InlineData(6, "0,00")]
    [InlineData(40, "0,00")]
    public void Bereken_AfterSixMonths_NoMoreVrijlatingN(int eerdereMaanden, string vrijlating)
    {
        var b = Bereken(Alleenstaande(35, Februari2026) with { Inkomsten = [Arbeid("1.000,00")], EerdereMaandenArbeidsvrijlating = eerdereMaanden }, Februari2026);

        Assert.Equal(E(vrijlating), b.Vrijlating);
    }

    [Theory]
    // art. 31 lid 2 onder r, alleenstaande ouder with a child of 5: after the six months of n, 12,5 % of 1.000,00 = 125,00
    // (≤ 177,66) for 30 months: income 875,00, bijstand 526,50, VT 26,325 → 26,33, paid 500,17. After 36 months nothing.
    [InlineData(6, "125,00", "526,50", "26,33", "500,17")]
    [InlineData(35, "125,00", "526,50", "26,33", "500,17")]
    [InlineData(36, "0,00", "401,50", "20,08", "381,42")]
    public void Bereken_AlleenstaandeOuderAfterN_GetsVrijlatingR_For30Months(int eerdereMaanden, string vrijlating, string bijstand, string vt, string teBetalen)
    {
        var huishouden = Alleenstaande(35, Februari2026) with
        {
            Kinderen = Kind(5, Februari2026), Inkomsten = [Arbeid("1.000,00")], EerdereMaandenArbeidsvrijlating = eerdereMaanden,
        };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal((E(vrijlating), E(bijstand), E(vt), E(teBetalen)), (b.Vrijlating, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        Assert.True(b.HeeftRegel("31 lid 2 onder r"));
    }

    [Fact]
    public void Bereken_AlleenstaandeOuderWithAChildOf12_GetsNoVrijlatingR()
    {
        var huishouden = Alleenstaande(35, Februari2026) with
        {
            Kinderen = Kind(12, Februari2026), Inkomsten = [Arbeid("1.000,00")], EerdereMaandenArbeidsvrijlating = 6,
        };

        Assert.Equal(E("0,00"), Bereken(huishouden, Februari2026).Vrijlating);
    }

    [Fact]
    public void Bereken_PensionerWithWork_VrijlatingNHasNoTermijn()
    {
        // art. 31 lid 2 onder n: the six months hold only below AOW age. 70-year-old, 400,00 work income, 20 months already:
        // 25 % = 100,00; art. 22 onder a 1.564,69 − 300,00 = 1.264,69; VT 63,2345 → 63,23; paid 1.201,46.
        var b = Bereken(Alleenstaande(70, Februari2026) with { Inkomsten = [Arbeid("400,00")], EerdereMaandenArbeidsvrijlating = 20 }, Februari2026);

        Assert.Equal((E("100,00"), E("1.264,69"), E("63,23"), E("1.201,46")), (b.Vrijlating, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_Uitkering_HasNoVrijlating()
    {
        // art. 32 lid 1 onder a: a benefit counts fully. 1.401,50 − 900,00 = 501,50; VT 25,075 → 25,08; paid 476,42.
        var b = Bereken(Alleenstaande(35, Februari2026) with { Inkomsten = [Uitkering("900,00")] }, Februari2026);

        Assert.Equal((E("501,50"), E("25,08"), E("476,42")), (b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        Assert.False(b.HeeftRegel("31 lid 2 onder n"));
    }

    [Fact]
    public void Bereken_VrijlatingIn2025_UsesTheMaximumOfThatDate()
    {
        // 1 januari 2025: art. 31 lid 2 onder n max 273,00. 25 % of 1.200,00 = 300,00 → 273,00; 1.345,45 − 927,00 = 418,45.
        var peildatum = new DateOnly(2025, 3, 1);

        var b = Bereken(Alleenstaande(35, peildatum) with { Inkomsten = [Arbeid("1.200,00")] }, peildatum);

        Assert.Equal((E("273,00"), E("418,45")), (b.Vrijlating, b.Bijstand));
    }

    [Fact]
    public void Bereken_EveryLine_NamesItsArticleLikeTheLaw()
    {
        Huishouden[] huishoudens =
        [
            Alleenstaande(35, Februari2026) with { Inkomsten = [Arbeid("1.000,00")], Woonsituatie = Woonsituatie.Inwonend, Maatregel = Maatregelcategorie.Tweede },
            Gehuwden(19, 30, Februari2026) with { Kinderen = Kind(1, Februari2026), Medebewoners = Kostendelers(2, Februari2026), OuderlijkeBijdrageOntoereikend = true },
            Gehuwden(35, 40, Februari2026, partnerHeeftRecht: false) with { Inkomsten = [Uitkering("1.200,00", Gezinslid.Partner)] },
            Alleenstaande(17, Februari2026),
            Gehuwden(70, 60, Februari2026) with { Medebewoners = Kostendelers(1, Februari2026) },
        ];

        var regels = huishoudens.SelectMany(h => Bereken(h, Februari2026).Regels).ToList();

        Assert.All(regels, r => Assert.Matches(ArtikelPatroon(), r.Artikel));
        Assert.All(regels, r => Assert.False(string.IsNullOrWhiteSpace(r.Omschrijving)));
    }

    [GeneratedRegex(@"^art\. \d+[a-z]?( lid \d+)?( onder [a-z]{1,2})? Participatiewet$", RegexOptions.CultureInvariant)]
    private static partial Regex ArtikelPatroon();
}
