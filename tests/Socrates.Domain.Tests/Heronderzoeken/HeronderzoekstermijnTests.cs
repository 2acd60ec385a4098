using System.Globalization;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Domain.Tests.Heronderzoeken;

/// <summary>
/// The heronderzoek term of the handhavingsverordening (art. 8b Pw; no statutory period, art. 53a lid 6): the general term,
/// a shorter one per profile, the shortest that applies wins; due date and planning moment hand-worked.
/// </summary>
public sealed class HeronderzoekstermijnTests
{
    private static readonly GemeenteInstellingen Standaard = new();

    private static readonly GemeenteInstellingen MetProfielen = new()
    {
        HeronderzoekTermijnMaanden = 12, HeronderzoekMetInkomstenMaanden = 6, HeronderzoekMetKostendelersMaanden = 9, HeronderzoekJongerDan27Maanden = 4,
    };

    [Fact]
    public void Bepaal_Default_IsTwelveMonths_ForEveryProfile() =>
        Assert.Equal((12, "algemene termijn"), Heronderzoekstermijn.Bepaal(Standaard, metInkomsten: true, kostendelers: 3, leeftijd: 22));

    [Theory]
    [InlineData(false, 1, 40, 12, "algemene termijn")]
    [InlineData(true, 1, 40, 6, "met inkomsten")]
    [InlineData(false, 2, 40, 9, "met kostendeler(s)")]
    [InlineData(true, 2, 40, 6, "met inkomsten")]           // 6 < 9: the shortest wins
    [InlineData(true, 2, 26, 4, "jonger dan 27")]           // 4 < 6 < 9
    [InlineData(false, 1, 27, 12, "algemene termijn")]      // 27 is not younger than 27
    public void Bepaal_ShortestApplyingTermWins(bool inkomsten, int kostendelers, int leeftijd, int maanden, string profiel) =>
        Assert.Equal((maanden, profiel), Heronderzoekstermijn.Bepaal(MetProfielen, inkomsten, kostendelers, leeftijd));

    [Fact]
    public void Bepaal_AProfileLongerThanTheGeneralTerm_DoesNotLengthenIt() =>
        Assert.Equal((12, "algemene termijn"), Heronderzoekstermijn.Bepaal(Standaard with { HeronderzoekMetInkomstenMaanden = 18 }, true, 1, 40));

    [Fact]
    public void VervaldatumAndPlanmoment_SixMonthsFromFirstMarch_DueFirstSeptember_PlannedFourthAugust()
    {
        var vervaldatum = Heronderzoekstermijn.Vervaldatum(new DateOnly(2026, 3, 1), 6);   // 1-3-2026 + 6 maanden

        Assert.Equal(new DateOnly(2026, 9, 1), vervaldatum);
        Assert.Equal(new DateOnly(2026, 8, 4), Heronderzoekstermijn.Planmoment(vervaldatum));   // 28 dagen eerder
    }

    [Fact]
    public void Vervaldatum_FromTheLastDayOfAMonth_IsTheLastDayOfTheShorterMonth() =>
        Assert.Equal(new DateOnly(2027, 2, 28), Heronderzoekstermijn.Vervaldatum(new DateOnly(2026, 8, 31), 6));

    [Fact]
    public void Afronden_Ongewijzigd_NeedsAllFourItemsChecked()
    {
        var heronderzoek = Gepland();
        var fout = Assert.Throws<DomeinregelException>(() =>
            heronderzoek.Afronden(new Heronderzoekcontrole(true, true, true, false, null), HeronderzoekUitkomst.Ongewijzigd, null, null, "c", new DateOnly(2026, 8, 20)));

        Assert.Contains("alle vier", fout.Message, StringComparison.Ordinal);
        Assert.Equal(HeronderzoekStatus.Open, heronderzoek.Status);
    }

    [Fact]
    public void Afronden_Ongewijzigd_ClosesIt_AndRaisesTheVersion_Once()
    {
        var heronderzoek = Gepland();
        heronderzoek.Afronden(new Heronderzoekcontrole(true, true, true, true, " niets bijzonders "), HeronderzoekUitkomst.Ongewijzigd, 5, null, "c", new DateOnly(2026, 8, 20));

        Assert.Equal((HeronderzoekStatus.Afgerond, HeronderzoekUitkomst.Ongewijzigd, (int?)null, "niets bijzonders", 1, new DateOnly(2026, 8, 20)),
            (heronderzoek.Status, heronderzoek.Uitkomst!.Value, heronderzoek.WijzigingId, heronderzoek.Bevindingen, heronderzoek.Versie, heronderzoek.AfgerondOp!.Value));
        Assert.Throws<DomeinregelException>(() =>
            heronderzoek.Afronden(new Heronderzoekcontrole(true, true, true, true, null), HeronderzoekUitkomst.Ongewijzigd, null, null, "c", new DateOnly(2026, 8, 21)));
    }

    [Fact]
    public void Afronden_WijzigingOrTerugvordering_MustNameIt()
    {
        var controle = new Heronderzoekcontrole(false, true, false, false, null);
        Assert.Throws<DomeinregelException>(() => Gepland().Afronden(controle, HeronderzoekUitkomst.Wijziging, null, null, "c", new DateOnly(2026, 8, 20)));
        Assert.Throws<DomeinregelException>(() => Gepland().Afronden(controle, HeronderzoekUitkomst.TerugvorderingVoorgesteld, null, null, "c", new DateOnly(2026, 8, 20)));

        var met = Gepland();
        met.Afronden(controle, HeronderzoekUitkomst.Wijziging, 42, null, "c", new DateOnly(2026, 8, 20));
        Assert.Equal(42, met.WijzigingId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public void Plannen_TermOutsideOneToThirtySix_IsRefused(int maanden) =>
        Assert.Throws<DomeinregelException>(() => Heronderzoek.Plannen(
            Leden.Amsterdam.Code, 1, 1, 1, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), maanden, "algemene termijn", null, new DateOnly(2026, 8, 4)));

    [Theory]
    [InlineData("2025-01-01", 12, null, "2025-01-01")]            // no overgang: the begin itself (due 1-1-2026, however late)
    [InlineData("2025-01-01", 12, "2026-06-01", "2026-01-01")]    // due 1-1-2026 is before the overgang: the next term, due 1-1-2027
    [InlineData("2025-01-01", 12, "2026-01-01", "2025-01-01")]    // due 1-1-2026 is on the overgang: Socrates' own
    [InlineData("2026-03-01", 6, "2026-06-01", "2026-03-01")]     // due 1-9-2026 is after it
    [InlineData("2023-08-31", 6, "2026-06-01", "2026-02-28")]     // dues 29-2-2024 … 28-2-2026 are before; 31-8-2023 + 36 = 31-8-2026 is not: k = 5, vanaf + 30 months
    public void EersteTermijnVanaf_SkipsTheTermsDueBeforeTheOvergang(string begin, int maanden, string? overgang, string verwacht) =>
        Assert.Equal(DateOnly.Parse(verwacht, CultureInfo.InvariantCulture),
            Heronderzoekstermijn.EersteTermijnVanaf(DateOnly.Parse(begin, CultureInfo.InvariantCulture), maanden, overgang is null ? null : DateOnly.Parse(overgang, CultureInfo.InvariantCulture)));

    [Fact]
    public void ConsulentWijzigen_MovesAnOpenOne_NotACompletedOne()
    {
        var open = Gepland();
        open.ConsulentWijzigen("nieuw");
        Assert.Equal(("nieuw", 1), (open.ConsulentId, open.Versie));

        var afgerond = Gepland();
        afgerond.Afronden(new Heronderzoekcontrole(true, true, true, true, null), HeronderzoekUitkomst.Ongewijzigd, null, null, "c", new DateOnly(2026, 8, 20));
        afgerond.ConsulentWijzigen("nieuw");
        Assert.Equal("c", afgerond.ConsulentId);
    }

    private static Heronderzoek Gepland() =>
        Heronderzoek.Plannen(Leden.Amsterdam.Code, 1, 1, 1, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), 6, "met inkomsten", "c", new DateOnly(2026, 8, 4));
}
