using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>Art. 22a Participatiewet: ((40 + A × 30) / (A × 100)) × B, half-up per person (domain-reference §2.3 and §2.4).</summary>
public sealed class KostendelersnormTests
{
    private static readonly DateOnly Januari2026 = new(2026, 2, 1);
    private static readonly DateOnly Juli2025 = new(2025, 7, 1);

    [Theory]
    // A, B = 2.002,13 (21–AOW, 2026), B = 2.144,16 (AOW, 2026), B = 1.955,80 (21–AOW, 1 juli 2025)
    [InlineData(2, "1.001,07", "1.072,08", "977,90")]
    [InlineData(3, "867,59", "929,14", "847,51")]
    [InlineData(4, "800,85", "857,66", "782,32")]
    [InlineData(5, "760,81", "814,78", "743,20")]
    [InlineData(6, "734,11", "786,19", "717,13")]
    [InlineData(7, "715,05", "765,77", "698,50")]
    public void Bereken_TableOfTheReference_AllThreeColumns(int a, string jonger, string pensioen, string juli2025)
    {
        Assert.Equal(E(jonger), Kostendelersnorm.Bereken(a, E("2.002,13")));
        Assert.Equal(E(pensioen), Kostendelersnorm.Bereken(a, E("2.144,16")));
        Assert.Equal(E(juli2025), Kostendelersnorm.Bereken(a, E("1.955,80")));
    }

    [Theory]
    [InlineData(2, "1.001,07", "1.072,08", "977,90")]
    [InlineData(3, "867,59", "929,14", "847,51")]
    [InlineData(4, "800,85", "857,66", "782,32")]
    [InlineData(5, "760,81", "814,78", "743,20")]
    [InlineData(6, "734,11", "786,19", "717,13")]
    [InlineData(7, "715,05", "765,77", "698,50")]
    public void Bereken_AlleenstaandeWithAMinusOneKostendelers_GetsTheTableAmount(int a, string jonger, string pensioen, string juli2025)
    {
        // art. 22a lid 1 onder a (B = art. 21 onder b) for a 35-year-old, onder c (B = art. 22 onder b) for a 70-year-old
        var jong = Bereken(Alleenstaande(35, Januari2026) with { Medebewoners = Kostendelers(a - 1, Januari2026) }, Januari2026);
        var oud = Bereken(Alleenstaande(70, Januari2026) with { Medebewoners = Kostendelers(a - 1, Januari2026) }, Januari2026);
        var vorig = Bereken(Alleenstaande(35, Juli2025) with { Medebewoners = Kostendelers(a - 1, Juli2025) }, Juli2025);

        Assert.Equal((E(jonger), E(pensioen), E(juli2025)), (jong.Norm, oud.Norm, vorig.Norm));
        Assert.Equal((a, a, a), (jong.Kostendelers, oud.Kostendelers, vorig.Kostendelers));
        Assert.Contains($"A = {a}", jong.Regel("22a lid 1").Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_HalfCentCase_RoundsAwayFromZero()
    {
        // 15 ct × (40 + 3 × 30) / (3 × 100) = 6,5 ct exactly: a decimal factor 0,4333… would give 6.
        Assert.Equal(new Bedrag(7), Kostendelersnorm.Bereken(3, new Bedrag(15)));
    }

    [Fact]
    public void Bereken_WorkedExample_AnnaWithBas_IsA2_100107()
    {
        // §2.4: Anna (35) with Bas (29, son, counts), Cato (24, under 27), Dirk (40, lodger, commercial written contract)
        // and Eli (28, student): A = 2 → 0,50 × 2.002,13 = 1.001,065 → 1.001,07; VT 50,05; paid monthly 951,02.
        var huishouden = new Huishouden
        {
            Aanvrager = new Aanvrager(new DateOnly(1990, 6, 1)),
            Medebewoners = Anna(),
        };

        var berekening = Bereken(huishouden, Januari2026);

        Assert.Equal(2, berekening.Kostendelers);
        Assert.Equal((E("1.001,07"), E("50,05"), E("951,02")), (berekening.Norm, berekening.Vakantietoeslag, berekening.TeBetalen));
    }

    [Fact]
    public void Bereken_WorkedExampleVariant_MarriedToFrank_IsA3_173518()
    {
        // §2.4 variant: Anna married to Frank (38), both entitled: A = 3 → 867,59 each (art. 22a lid 1), summed (lid 2).
        var huishouden = new Huishouden
        {
            Aanvrager = new Aanvrager(new DateOnly(1990, 6, 1)),
            Partner = new Partner(new DateOnly(1987, 6, 1)),
            Medebewoners = Anna(),
        };

        var berekening = Bereken(huishouden, Januari2026);

        Assert.Equal(3, berekening.Kostendelers);
        Assert.Equal(E("1.735,18"), berekening.Norm);
        Assert.Equal(2, berekening.Regels.Count(r => r.Artikel == "art. 22a lid 1 Participatiewet" && r.Bedrag == E("867,59")));
    }

    [Fact]
    public void Bereken_GehuwdenOneOfAowAge_EachGetsHisOwnB()
    {
        // art. 22a lid 1: A = 3 (both + 1 housemate). The 70-year-old: B = art. 22 onder b = 2.144,16 → 929,14 (130/300 ×
        // 2.144,16 = 929,136). The 60-year-old whose spouse reached AOW age: B = art. 22 onder c = 2.144,16 → 929,14. Sum 1.858,28.
        var berekening = Bereken(Gehuwden(70, 60, Januari2026) with { Medebewoners = Kostendelers(1, Januari2026) }, Januari2026);

        Assert.Equal(E("1.858,28"), berekening.Norm);
        Assert.Contains(berekening.Regels, r => r.Omschrijving.Contains("art. 22 onder c", StringComparison.Ordinal));
    }

    [Fact]
    public void Bereken_Alleenstaande19WithHousemates_NeverGetsAKostendelersnorm()
    {
        // Belanghebbenden of 18–20 stay on the jongerennorm (art. 20 lid 1 onder a), whatever A is.
        var berekening = Bereken(Alleenstaande(19, Januari2026) with { Medebewoners = Kostendelers(2, Januari2026) }, Januari2026);

        Assert.Equal(E("345,99"), berekening.Norm);
        Assert.Equal(3, berekening.Kostendelers);
        Assert.Contains("jonger dan 21", berekening.Regel("22a lid 1").Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_JongereEchtgenootWithKostendelers_Art22aLid3()
    {
        // art. 22a lid 3 onder b: 345,99 + the kostendelersnorm of the 30-year-old with A = 2 (the 19-year-old spouse does
        // not count): 1.001,07. Total 1.347,06.
        var berekening = Bereken(Gehuwden(19, 30, Januari2026) with { Medebewoners = Kostendelers(1, Januari2026) }, Januari2026);

        Assert.Equal(E("1.347,06"), berekening.Norm);
        Assert.Equal(E("1.001,07"), berekening.Regel("22a lid 1").Bedrag);
        Assert.Equal(2, berekening.Kostendelers);
    }

    private static IReadOnlyList<Medebewoner> Anna() =>
    [
        new("Bas", new DateOnly(1996, 6, 1), true, false, false),
        new("Cato", new DateOnly(2001, 6, 1), true, false, false),
        new("Dirk", new DateOnly(1985, 6, 1), false, false, true),
        new("Eli", new DateOnly(1997, 6, 1), true, true, false),
    ];

    [Theory]
    // Issue #20: a brother (family) who rents from the same landlord as the aanvrager, each with a written commercial
    // agreement, is excluded by art. 19a lid 1 onder c, which has no family exception: A = 1, art. 21 onder a 1.401,50.
    // Renting from the aanvrager himself (onderdeel b), the brother does count: A = 2, 0,50 × 2.002,13 = 1.001,07.
    [InlineData(true, 1, "1.401,50")]
    [InlineData(false, 2, "1.001,07")]
    public void Bereken_Art19aLid1OnderC_RelativeRentingFromTheSameLandlord(bool metDerde, int a, string norm)
    {
        var broer = new Medebewoner("Broer", Geboren(40, Januari2026), true, false, true, metDerde);

        var b = Bereken(Alleenstaande(35, Januari2026) with { Medebewoners = [broer] }, Januari2026);

        Assert.Equal((a, E(norm)), (b.Kostendelers, b.Norm));
    }
}
