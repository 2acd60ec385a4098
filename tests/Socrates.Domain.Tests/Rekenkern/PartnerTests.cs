using Socrates.Domain.Aanvragen;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>Gehuwden: art. 20 lid 3–4, 23 lid 3, 24 and 32 lid 3 Participatiewet.</summary>
public sealed class PartnerTests
{
    private static readonly DateOnly Februari2026 = new(2026, 2, 1);

    [Theory]
    // art. 24 onder a: 50 % of art. 21 onder b 2.002,13 = 1.001,065 → 1.001,07; of art. 22 onder b 2.144,16 = 1.072,08.
    // art. 24 onder b (under 21): 50 % of art. 20 lid 1 onder b 691,98 = 345,99; with children of lid 2 onder b 1.092,41 = 546,205 → 546,21.
    [InlineData(35, 40, false, "1.001,07", "24 onder a")]
    [InlineData(70, 72, false, "1.072,08", "24 onder a")]
    [InlineData(19, 19, false, "345,99", "24 onder b")]
    [InlineData(19, 19, true, "546,21", "24 onder b")]
    public void Bereken_PartnerWithoutRight_Art24_HalfTheGehuwdennormOfHisAge(int leeftijd, int partnerLeeftijd, bool kinderen, string norm, string artikel)
    {
        var huishouden = Gehuwden(leeftijd, partnerLeeftijd, Februari2026, partnerHeeftRecht: false) with
        {
            Kinderen = kinderen ? Kind(1, Februari2026) : [],
        };

        var b = Bereken(huishouden, Februari2026);

        Assert.True(b.Recht);
        Assert.Equal(E(norm), b.Norm);
        Assert.Equal(E(norm), b.Regel(artikel).Bedrag);
        Assert.Contains("geen recht op bijstand", b.Regel("11 lid 4").Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_PartnerWithoutRightWithIncome_Art32Lid3_CountsOnlyWhatExceedsTheGehuwdennorm()
    {
        // Norm art. 24: 1.001,07. Partner's 1.200,00 counts for 1.200,00 + 1.001,07 − 2.002,13 = 198,94; 1.001,06 does not.
        // Bijstand 1.001,07 − 198,94 = 802,13 (with 1.200,00 the couple has exactly 2.002,13); VT 40,1065 → 40,11; paid 762,02.
        var huishouden = Gehuwden(35, 40, Februari2026, partnerHeeftRecht: false) with { Inkomsten = [Uitkering("1.200,00", Gezinslid.Partner)] };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal(E("-1.001,06"), b.Regel("32 lid 3").Bedrag);
        Assert.Equal((E("198,94"), E("802,13"), E("40,11"), E("762,02")), (b.InkomenInAanmerking, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_PartnerWithoutRightAndAKostendeler_Art22aInsteadOfArt24()
    {
        // art. 24 onder a needs no kostendelers. A = housemate + aanvrager + partner (21+) = 3 → 867,59 for the aanvrager only (lid 2).
        var huishouden = Gehuwden(35, 40, Februari2026, partnerHeeftRecht: false) with { Medebewoners = Kostendelers(1, Februari2026) };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal(E("867,59"), b.Norm);
        Assert.False(b.HeeftRegel("24 onder a"));
    }

    [Fact]
    public void Bereken_AanvragerUnder18_PartnerEntitled_PartnerGetsArt24()
    {
        var b = Bereken(Gehuwden(17, 25, Februari2026), Februari2026);

        Assert.True(b.Recht);
        Assert.Equal(E("1.001,07"), b.Norm);
        Assert.Equal(E("0,00"), b.Regel("13 lid 1 onder f").Bedrag);
    }

    [Fact]
    public void Bereken_OneSpouseInAnInrichting_Art23Lid3_SumOfTheAlleenstaandeNorms()
    {
        // art. 21 onder a 1.401,50 (at home) + art. 23 lid 1 onder a 443,76 + lid 2 onder a 47,00 = 1.892,26;
        // VT 94,613 → 94,61; paid 1.797,65.
        var huishouden = new Huishouden
        {
            Aanvrager = new Aanvrager(Geboren(40, Februari2026)),
            Partner = new Partner(Geboren(45, Februari2026), InInrichting: true),
        };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal((E("1.892,26"), E("94,61"), E("1.797,65")), (b.Norm, b.Vakantietoeslag, b.TeBetalen));
        Assert.True(b.HeeftRegel("23 lid 3"));
    }

    [Fact]
    public void Bereken_Alleenstaande19_OuderlijkeBijdrageOntoereikend_Art20Lid3()
    {
        // 345,99 + 746,45 = 1.092,44 ≤ art. 21 onder a 1.401,50; VT 54,622 → 54,62; paid 1.037,82.
        var b = Bereken(Alleenstaande(19, Februari2026) with { OuderlijkeBijdrageOntoereikend = true }, Februari2026);

        Assert.Equal((E("1.092,44"), E("54,62"), E("1.037,82")), (b.Norm, b.Vakantietoeslag, b.TeBetalen));
        Assert.False(b.HeeftRegel("20 lid 4"));
    }

    [Fact]
    public void Bereken_Gehuwden19And19_BothVerhoogd_CappedByArt21b()
    {
        // art. 20 lid 1 onder b 691,98 + 2 × 746,45 = 2.184,88 > art. 21 onder b 2.002,13 → lid 4 takes off 182,75.
        var b = Bereken(Gehuwden(19, 19, Februari2026) with { OuderlijkeBijdrageOntoereikend = true }, Februari2026);

        Assert.Equal(E("2.002,13"), b.Norm);
        Assert.Equal(E("-182,75"), b.Regel("20 lid 4").Bedrag);
    }

    [Fact]
    public void Bereken_Gehuwden19And30_Verhoogd_CappedByArt21b()
    {
        // art. 20 lid 1 onder c 1.347,06 + 746,45 = 2.093,51 → capped at 2.002,13 (−91,38).
        var b = Bereken(Gehuwden(19, 30, Februari2026) with { OuderlijkeBijdrageOntoereikend = true }, Februari2026);

        Assert.Equal(E("2.002,13"), b.Norm);
        Assert.Equal(E("-91,38"), b.Regel("20 lid 4").Bedrag);
    }

    [Fact]
    public void Bereken_VerhogingBefore2026_DoesNotExist()
    {
        var peildatum = new DateOnly(2025, 7, 1);

        var b = Bereken(Alleenstaande(19, peildatum) with { OuderlijkeBijdrageOntoereikend = true }, peildatum);

        Assert.Equal(E("337,98"), b.Norm);
        Assert.Equal(E("0,00"), b.Regel("20 lid 3").Bedrag);
    }

    [Fact]
    public void Bereken_BothEntitledWithIncomeOfBoth_VrijlatingPerPerson()
    {
        // art. 21 onder b 2.002,13; aanvrager works 400,00 (25 % = 100,00), partner 300,00 (75,00): income 525,00;
        // bijstand 1.477,13; VT 73,8565 → 73,86; paid 1.403,27.
        var huishouden = Gehuwden(35, 38, Februari2026) with { Inkomsten = [Arbeid("400,00"), Arbeid("300,00", Gezinslid.Partner)] };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal((E("175,00"), E("525,00"), E("1.477,13"), E("73,86"), E("1.403,27")),
            (b.Vrijlating, b.InkomenInAanmerking, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }
}
