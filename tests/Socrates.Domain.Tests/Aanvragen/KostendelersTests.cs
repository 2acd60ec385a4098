using Socrates.Domain.Aanvragen;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>A of art. 22a lid 1 with the exclusions of art. 19a lid 1 Participatiewet.</summary>
public sealed class KostendelersTests
{
    private static readonly DateOnly Peildatum = new(2026, 2, 1);

    [Fact]
    public void Bepaal_WorkedExampleOfTheReference_IsA2()
    {
        // domain-reference §2.4: Anna (35) with Bas (29, son), Cato (24, daughter), Dirk (40, lodger with a written
        // commercial contract) and Eli (28, nephew, student with studiefinanciering): only Bas counts, so A = 2.
        var uitkomst = Kostendelers.Bepaal(Peildatum, new DateOnly(1990, 6, 1), null,
        [
            new Medebewoner("Bas", new DateOnly(1996, 6, 1), true, false, false),
            new Medebewoner("Cato", new DateOnly(2001, 6, 1), true, false, false),
            new Medebewoner("Dirk", new DateOnly(1985, 6, 1), false, false, true),
            new Medebewoner("Eli", new DateOnly(1997, 6, 1), true, true, false),
        ]);

        Assert.Equal(2, uitkomst.A);
        Assert.True(uitkomst.KostendelersnormVanToepassing);
        Assert.Equal([true, false, false, false], uitkomst.Medebewoners.Select(m => m.TeltMee));
        Assert.Contains("jonger dan 27", uitkomst.Medebewoners[1].Reden, StringComparison.Ordinal);
        Assert.Contains("onder b", uitkomst.Medebewoners[2].Reden, StringComparison.Ordinal);
        Assert.Contains("onder d", uitkomst.Medebewoners[3].Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_WorkedExampleWithSpouse_IsA3() =>          // §2.4 variant: Anna married to Frank (38)
        Assert.Equal(3, Kostendelers.Bepaal(Peildatum, new DateOnly(1990, 6, 1), new DateOnly(1987, 6, 1),
            [new Medebewoner("Bas", new DateOnly(1996, 6, 1), true, false, false)]).A);

    [Fact]
    public void Bepaal_SpouseUnder21_DoesNotCount() =>            // art. 22a lid 1: the spouse counts from 21
        Assert.Equal(1, Kostendelers.Bepaal(Peildatum, new DateOnly(1990, 6, 1), new DateOnly(2006, 6, 1), []).A);

    [Fact]
    public void Beoordeel_CommercialContractWithFamily_StillCounts()   // art. 19a lid 1 onder b: unless 1st/2nd degree
    {
        var beoordeling = Kostendelers.Beoordeel(new Medebewoner("Oom", new DateOnly(1970, 1, 1), true, false, true), Peildatum);

        Assert.True(beoordeling.TeltMee);
    }

    [Fact]
    public void Bepaal_ApplicantUnder21_GetsNoKostendelersnorm()
    {
        var uitkomst = Kostendelers.Bepaal(Peildatum, new DateOnly(2006, 1, 1), null,
            [new Medebewoner("Moeder", new DateOnly(1975, 1, 1), true, false, false)]);

        Assert.False(uitkomst.KostendelersnormVanToepassing);
        Assert.Contains("jonger dan 21", uitkomst.Toelichting, StringComparison.Ordinal);
    }

    [Fact]
    public void Beoordeel_Turns27OnThePeildatum_Counts() =>
        Assert.True(Kostendelers.Beoordeel(new Medebewoner("Zus", new DateOnly(1999, 2, 1), true, false, false), Peildatum).TeltMee);

    [Fact]
    public void Beoordeel_RelativeRentingFromTheSameLandlord_DoesNotCount()   // art. 19a lid 1 onder c has no family exception
    {
        var beoordeling = Kostendelers.Beoordeel(new Medebewoner("Broer", new DateOnly(1980, 1, 1), true, false, true, overeenkomstMetDerde: true), Peildatum);

        Assert.False(beoordeling.TeltMee);
        Assert.Contains("onder c", beoordeling.Reden, StringComparison.Ordinal);
        Assert.Contains("familie", beoordeling.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Beoordeel_StrangerRentingFromTheSameLandlord_DoesNotCountEither() =>
        Assert.False(Kostendelers.Beoordeel(new Medebewoner("Huurder", new DateOnly(1980, 1, 1), false, false, true, overeenkomstMetDerde: true), Peildatum).TeltMee);

    [Fact]
    public void Beoordeel_ThirdPartyWithoutACommercialAgreement_Counts() =>   // onderdeel c needs the written commercial agreement
        Assert.True(Kostendelers.Beoordeel(new Medebewoner("Broer", new DateOnly(1980, 1, 1), true, false, false, overeenkomstMetDerde: true), Peildatum).TeltMee);
}
