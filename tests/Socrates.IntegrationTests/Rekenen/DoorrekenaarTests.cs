using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.IntegrationTests.Rekenen;

/// <summary>
/// The what-if, worked out by hand for January 2026 (norms of 1 January 2026: alleenstaande € 1.401,50, gehuwden
/// € 2.002,13, art. 21 Pw). The woonkostenverlaging of art. 27 Pw is a percentage of the gehuwdennorm, rounded half
/// away from zero to the cent; no income, so the bijstand is the norm minus that verlaging.
/// </summary>
public sealed class DoorrekenaarTests
{
    private static readonly DateOnly Januari = new(2026, 1, 1);
    private static readonly DateOnly Geboren = new(1995, 5, 10);
    private static readonly GemeenteInstellingen Huidig = GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1));

    [Theory]
    [InlineData("2027-01-01", "2027-01-01")]
    [InlineData("2027-01-02", "2027-02-01")]
    [InlineData("2026-12-31", "2027-01-01")]
    public void EersteMaand_IsTheFirstMonthWhoseFirstDayFallsInTheVersion(string geldigVanaf, string verwacht) =>
        Assert.Equal(DateOnly.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture),
            Doorrekenaar.EersteMaand(DateOnly.Parse(geldigVanaf, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Woonkostenverlaging10To15_LowersOnlyTheInwonende_By10011()
    {
        // Art. 27: inwonend 10 % × 2.002,13 = 200,21 → bijstand 1.401,50 − 200,21 = 1.201,29;
        // 15 % × 2.002,13 = 300,3195 → 300,32 → 1.401,50 − 300,32 = 1.101,18; verschil −100,11.
        var nieuw = Huidig with { WoonkostenverlagingPercentage = Percentage.Van(15) };

        var uitkomst = Doorrekenaar.Vergelijk(
            [Huishouden(1, Woonsituatie.Inwonend), Huishouden(2, Woonsituatie.Huur), Huishouden(3, Woonsituatie.Dakloos)], Januari, Huidig, nieuw, LandelijkeBedragen.Startset);

        Assert.Equal((3, 0, 1, 2, 0), (uitkomst.Aantal, uitkomst.Omhoog, uitkomst.Omlaag, uitkomst.Gelijk, uitkomst.NietBerekend));
        Assert.Equal(Bedrag.Euro(-100.11m), uitkomst.TotaalVerschil);
        var verschil = Assert.Single(uitkomst.Grootste);
        Assert.Equal((1, Bedrag.Euro(1_201.29m), Bedrag.Euro(1_101.18m), Bedrag.Euro(-100.11m)),
            (verschil.ToekenningId, verschil.Huidig, verschil.Nieuw, verschil.Verschil));
    }

    [Fact]
    public void InwonendTo0_AndDakloos20To25_OneUpOneDown()
    {
        // Inwonend: verlaging 200,21 → 0: +200,21. Dakloos: 20 % × 2.002,13 = 400,426 → 400,43 (bijstand 1.001,07);
        // 25 % = 500,5325 → 500,53 (bijstand 900,97): −100,10. Totaal +100,11.
        var nieuw = Huidig with { WoonkostenverlagingPercentage = Percentage.Nul, WoonkostenverlagingDakloosPercentage = Percentage.Van(25) };

        var uitkomst = Doorrekenaar.Vergelijk([Huishouden(7, Woonsituatie.Dakloos), Huishouden(8, Woonsituatie.Inwonend)], Januari, Huidig, nieuw, LandelijkeBedragen.Startset);

        Assert.Equal((1, 1), (uitkomst.Omhoog, uitkomst.Omlaag));
        Assert.Equal(Bedrag.Euro(100.11m), uitkomst.TotaalVerschil);
        Assert.Equal(Bedrag.Euro(1_201.29m + 1_001.07m), uitkomst.TotaalHuidig);
        Assert.Equal([(8, 200.21m), (7, -100.10m)], uitkomst.Grootste.Select(v => (v.ToekenningId, v.Verschil.InEuro)));
    }

    [Fact]
    public void Grootste_AreTheTenLargestChanges_LargestFirst_TiesByToekenning()
    {
        // Twelve inwonenden change by −100,11 each; one dakloze by 20 % → 40 %: 400,43 → 800,85, so −400,42.
        var nieuw = Huidig with { WoonkostenverlagingPercentage = Percentage.Van(15), WoonkostenverlagingDakloosPercentage = Percentage.Van(40) };
        var huishoudens = Enumerable.Range(1, 12).Select(i => Huishouden(i, Woonsituatie.Inwonend)).Append(Huishouden(99, Woonsituatie.Dakloos)).ToList();

        var uitkomst = Doorrekenaar.Vergelijk(huishoudens, Januari, Huidig, nieuw, LandelijkeBedragen.Startset);

        Assert.Equal(13, uitkomst.Omlaag);
        Assert.Equal(Bedrag.Euro(-(12 * 100.11m) - 400.42m), uitkomst.TotaalVerschil);
        Assert.Equal([99, 1, 2, 3, 4, 5, 6, 7, 8, 9], uitkomst.Grootste.Select(v => v.ToekenningId));
    }

    [Fact]
    public void LosingTheRight_CountsAsAChangeToNothing()
    {
        // Income from a benefit of € 1.250,00 (no vrijlating): huur 1.401,50 − 1.250,00 = 151,50 of bijstand.
        // Inwonend with 20 %: norm 1.401,50 − 400,43 = 1.001,07 ≤ 1.250,00, so no right (art. 19 lid 1): −151,50.
        var huidig = Huidig with { WoonkostenverlagingPercentage = Percentage.Nul };
        var nieuw = Huidig with { WoonkostenverlagingPercentage = Percentage.Van(20) };
        var metInkomen = Huishouden(5, Woonsituatie.Inwonend) with { };
        var h = metInkomen.Huishouden with { Inkomsten = [new Inkomstenregel(Gezinslid.Aanvrager, Inkomstensoort.Uitkering, Bedrag.Euro(1_250m))] };

        var uitkomst = Doorrekenaar.Vergelijk([metInkomen with { Huishouden = h }], Januari, huidig, nieuw, LandelijkeBedragen.Startset);

        var verschil = Assert.Single(uitkomst.Grootste);
        Assert.Equal((Bedrag.Euro(151.50m), Bedrag.Nul), (verschil.Huidig, verschil.Nieuw));
    }

    private static Doorrekenhuishouden Huishouden(int id, Woonsituatie situatie) =>
        new(id, 1000 + id, new Huishouden { Aanvrager = new Aanvrager(Geboren), Woonsituatie = situatie });
}
