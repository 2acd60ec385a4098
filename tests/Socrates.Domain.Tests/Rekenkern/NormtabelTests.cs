using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>
/// Every row of domain-reference §1.2 (1 January 2026) and §1.3 (1 July 2025), and the amounts of §1.4 (1 January
/// 2025): the norm incl. VT, the vakantietoeslag (art. 19 lid 3, 5 % half-up) and what is paid monthly (excl.).
/// A row that is the whole norm is checked end to end; a part (a verhoging, art. 22a lid 3, art. 23) by its line.
/// </summary>
public sealed class NormtabelTests
{
    [Theory]
    // §1.2, 1 januari 2026
    [InlineData("2026-01-01", "20 lid 1 onder a", "345,99", "17,30", "328,69", true)]
    [InlineData("2026-01-01", "20 lid 1 onder b", "691,98", "34,60", "657,38", true)]
    [InlineData("2026-01-01", "20 lid 1 onder c", "1.347,06", "67,35", "1.279,71", true)]
    [InlineData("2026-01-01", "20 lid 2 onder a", "345,99", "17,30", "328,69", true)]
    [InlineData("2026-01-01", "20 lid 2 onder b", "1.092,41", "54,62", "1.037,79", true)]
    [InlineData("2026-01-01", "20 lid 2 onder c", "1.747,49", "87,37", "1.660,12", true)]
    [InlineData("2026-01-01", "20 lid 3", "746,45", "37,32", "709,13", false)]
    [InlineData("2026-01-01", "21 onder a", "1.401,50", "70,08", "1.331,42", true)]
    [InlineData("2026-01-01", "21 onder b", "2.002,13", "100,11", "1.902,02", true)]
    [InlineData("2026-01-01", "22 onder a", "1.564,69", "78,23", "1.486,46", true)]
    [InlineData("2026-01-01", "22 onder b", "2.144,16", "107,21", "2.036,95", true)]
    [InlineData("2026-01-01", "22 onder c", "2.144,16", "107,21", "2.036,95", true)]
    [InlineData("2026-01-01", "22a lid 3 onder a", "746,42", "37,32", "709,10", false)]
    [InlineData("2026-01-01", "22a lid 3 onder b", "345,99", "17,30", "328,69", false)]
    [InlineData("2026-01-01", "23 lid 1 onder a", "443,76", "22,19", "421,57", false)]
    [InlineData("2026-01-01", "23 lid 1 onder b", "690,27", "34,51", "655,76", false)]
    [InlineData("2026-01-01", "23 lid 2 onder a", "47,00", null, null, false)]
    [InlineData("2026-01-01", "23 lid 2 onder b", "106,00", null, null, false)]
    // §1.3, 1 juli 2025
    [InlineData("2025-07-01", "20 lid 1 onder a", "337,98", "16,90", "321,08", true)]
    [InlineData("2025-07-01", "20 lid 2 onder a", "337,98", "16,90", "321,08", true)]
    [InlineData("2025-07-01", "20 lid 1 onder b", "675,96", "33,80", "642,16", true)]
    [InlineData("2025-07-01", "20 lid 1 onder c", "1.315,88", "65,79", "1.250,09", true)]
    [InlineData("2025-07-01", "20 lid 2 onder b", "1.067,12", "53,36", "1.013,76", true)]
    [InlineData("2025-07-01", "20 lid 2 onder c", "1.707,04", "85,35", "1.621,69", true)]
    [InlineData("2025-07-01", "21 onder a", "1.369,06", "68,45", "1.300,61", true)]
    [InlineData("2025-07-01", "21 onder b", "1.955,80", "97,79", "1.858,01", true)]
    [InlineData("2025-07-01", "22 onder a", "1.530,21", "76,51", "1.453,70", true)]
    [InlineData("2025-07-01", "22 onder b", "2.094,98", "104,75", "1.990,23", true)]
    [InlineData("2025-07-01", "22 onder c", "2.094,98", "104,75", "1.990,23", true)]
    [InlineData("2025-07-01", "22a lid 3 onder a", "729,14", null, null, false)]
    [InlineData("2025-07-01", "22a lid 3 onder b", "337,98", null, null, false)]
    [InlineData("2025-07-01", "23 lid 1 onder a", "433,49", "21,67", "411,82", false)]
    [InlineData("2025-07-01", "23 lid 1 onder b", "674,29", "33,71", "640,58", false)]
    [InlineData("2025-07-01", "23 lid 2 onder a", "45,00", null, null, false)]
    [InlineData("2025-07-01", "23 lid 2 onder b", "101,00", null, null, false)]
    // §1.4, 1 januari 2025 (incl. only); art. 22a lid 3 and 23 read in the law text of that date
    [InlineData("2025-01-01", "21 onder a", "1.345,45", null, null, true)]
    [InlineData("2025-01-01", "21 onder b", "1.922,07", null, null, true)]
    [InlineData("2025-01-01", "20 lid 1 onder a", "332,17", null, null, true)]
    [InlineData("2025-01-01", "20 lid 2 onder a", "332,17", null, null, true)]
    [InlineData("2025-01-01", "20 lid 1 onder b", "664,34", null, null, true)]
    [InlineData("2025-01-01", "20 lid 2 onder b", "1.048,75", null, null, true)]
    [InlineData("2025-01-01", "20 lid 1 onder c", "1.293,21", null, null, true)]
    [InlineData("2025-01-01", "20 lid 2 onder c", "1.677,62", null, null, true)]
    [InlineData("2025-01-01", "22 onder a", "1.501,07", null, null, true)]
    [InlineData("2025-01-01", "22 onder b", "2.053,48", null, null, true)]
    [InlineData("2025-01-01", "22 onder c", "2.053,48", null, null, true)]
    [InlineData("2025-01-01", "22a lid 3 onder a", "716,58", null, null, false)]
    [InlineData("2025-01-01", "22a lid 3 onder b", "332,17", null, null, false)]
    [InlineData("2025-01-01", "23 lid 1 onder a", "426,03", null, null, false)]
    [InlineData("2025-01-01", "23 lid 1 onder b", "662,69", null, null, false)]
    public void Bereken_NormRow_GivesTheTableAmountsIncludingAndExcludingVakantietoeslag(
        string peildatum, string artikel, string incl, string? vt, string? excl, bool volledigeNorm)
    {
        var datum = DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture);

        var berekening = Bereken(Voorbeeld(artikel, datum), datum);

        Assert.Equal(E(incl), berekening.Regel(artikel).Bedrag);
        if (vt is not null)
        {
            Assert.Equal(E(vt), Vakantietoeslag.Van(E(incl)));
            Assert.Equal(E(excl!), Vakantietoeslag.Exclusief(E(incl)));
        }

        if (volledigeNorm)
        {
            // No income: the bijstand is the norm; VT is reserved, the rest is paid monthly.
            Assert.Equal((E(incl), E(incl)), (berekening.Norm, berekening.Bijstand));
            if (vt is not null)
            {
                Assert.Equal((E(vt), E(excl!)), (berekening.Vakantietoeslag, berekening.TeBetalen));
            }
        }
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2000-01-01")]
    public void Bereken_PeildatumBeforeTheFirstRow_IsRefusedInDutch(string peildatum)
    {
        var datum = DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture);

        var fout = Assert.Throws<DomeinregelException>(() => Bereken(Alleenstaande(35, datum), datum));

        Assert.StartsWith("Socrates kent geen landelijke normbedragen vóór 01-01-2025", fout.Message, StringComparison.Ordinal);
    }

    [Theory]                                                     // art. 21 onder a: the row in force is the latest on or before the peildatum
    [InlineData("2025-01-01", "1.345,45")]
    [InlineData("2025-06-30", "1.345,45")]
    [InlineData("2025-07-01", "1.369,06")]
    [InlineData("2025-12-31", "1.369,06")]
    [InlineData("2026-01-01", "1.401,50")]
    [InlineData("2026-12-31", "1.401,50")]
    public void Bereken_Peildatum_PicksTheRowInForce(string peildatum, string norm)
    {
        var datum = DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(E(norm), Bereken(Alleenstaande(35, datum), datum).Norm);
    }

    [Fact]
    public void Tables_EveryRowNamesItsSource() =>
        Assert.All(
            LandelijkeBedragen.Startset.Normen.Rijen.Select(r => r.Waarde.Bron)
                .Concat(LandelijkeBedragen.Startset.Vrijlatingen.Rijen.Select(r => r.Waarde.Bron))
                .Concat(LandelijkeBedragen.Startset.Vermogensgrenzen.Rijen.Select(r => r.Waarde.Bron)),
            bron => Assert.False(string.IsNullOrWhiteSpace(bron)));

    /// <summary>A household whose norm has a line with this article.</summary>
    private static Huishouden Voorbeeld(string artikel, DateOnly p) => artikel switch
    {
        "20 lid 1 onder a" => Alleenstaande(19, p),
        "20 lid 1 onder b" => Gehuwden(19, 20, p),
        "20 lid 1 onder c" => Gehuwden(19, 30, p),
        "20 lid 2 onder a" => Alleenstaande(19, p) with { Kinderen = Kind(1, p) },
        "20 lid 2 onder b" => Gehuwden(19, 20, p) with { Kinderen = Kind(1, p) },
        "20 lid 2 onder c" => Gehuwden(19, 30, p) with { Kinderen = Kind(1, p) },
        "20 lid 3" => Alleenstaande(19, p) with { OuderlijkeBijdrageOntoereikend = true },
        "21 onder a" => Alleenstaande(35, p),
        "21 onder b" => Gehuwden(35, 38, p),
        "22 onder a" => Alleenstaande(70, p),
        "22 onder b" => Gehuwden(70, 72, p),
        "22 onder c" => Gehuwden(70, 60, p),
        "22a lid 3 onder a" => Gehuwden(19, 30, p) with { Kinderen = Kind(1, p), Medebewoners = [Kostendeler(50, p)] },
        "22a lid 3 onder b" => Gehuwden(19, 30, p) with { Medebewoners = [Kostendeler(50, p)] },
        "23 lid 1 onder a" or "23 lid 2 onder a" => Alleenstaande(40, p, inInrichting: true),
        "23 lid 1 onder b" or "23 lid 2 onder b" => Gehuwden(40, 42, p, beidenInInrichting: true),
        _ => throw new ArgumentOutOfRangeException(nameof(artikel), artikel, "geen voorbeeld"),
    };
}
