using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>
/// Art. 22 Participatiewet once the pensioengerechtigde leeftijd (art. 7a AOW) is reached on the peildatum: the age is
/// taken on the day itself (domain reference, decisions table "ages").
/// </summary>
public sealed class AowLeeftijdTests
{
    [Theory]
    // Born 15-03-1959: 67 on 15-03-2026. On March's peildatum (1 March) not yet: art. 21 onder a; April art. 22 onder a.
    [InlineData("2026-03-01", "1.401,50")]
    [InlineData("2026-03-14", "1.401,50")]
    [InlineData("2026-03-15", "1.564,69")]
    [InlineData("2026-03-31", "1.564,69")]
    [InlineData("2026-04-01", "1.564,69")]
    public void Bereken_AowBoundary_PensionerNormFromTheDayItIsReached(string peildatum, string norm)
    {
        var datum = DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture);
        var huishouden = new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1959, 3, 15)) };

        Assert.Equal(E(norm), Bereken(huishouden, datum).Norm);
    }

    [Fact]
    public void Bereken_ReachingItOnTheFirstOfMarch_HasItOnMarchsPeildatum()
    {
        // Born 01-03-1959: 67 on 01-03-2026, which is March's peildatum: art. 22 onder a for March, art. 21 onder a for February.
        var huishouden = new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1959, 3, 1)) };

        Assert.Equal(E("1.401,50"), Bereken(huishouden, new DateOnly(2026, 2, 1)).Norm);
        Assert.Equal(E("1.564,69"), Bereken(huishouden, new DateOnly(2026, 3, 1)).Norm);
        Assert.True(LandelijkeBedragen.Startset.AowLeeftijden.Bereikt(new DateOnly(1959, 3, 1), new DateOnly(2026, 3, 1)));
        Assert.False(LandelijkeBedragen.Startset.AowLeeftijden.Bereikt(new DateOnly(1959, 3, 1), new DateOnly(2026, 2, 28)));
    }

    [Theory]
    [InlineData("1957-06-10", "2024-06-10")]
    [InlineData("1960-12-31", "2027-12-31")]
    public void DatumBereikt_InTheTable_Is67(string geboren, string bereikt) =>
        Assert.Equal(
            DateOnly.Parse(bereikt, System.Globalization.CultureInfo.InvariantCulture),
            LandelijkeBedragen.Startset.AowLeeftijden.DatumBereikt(DateOnly.Parse(geboren, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DatumBereikt_BeforeTheTable_IsNullAndCountsAsReached()
    {
        Assert.Null(LandelijkeBedragen.Startset.AowLeeftijden.DatumBereikt(new DateOnly(1956, 6, 10)));
        Assert.True(LandelijkeBedragen.Startset.AowLeeftijden.Bereikt(new DateOnly(1956, 6, 10), new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void AfterTheTable_NotYetReachedBeforeIt_UnknownAfterIt()
    {
        var geboren = new DateOnly(1961, 6, 10);                   // 67 in 2028: not in the table yet

        Assert.False(LandelijkeBedragen.Startset.AowLeeftijden.Bereikt(geboren, new DateOnly(2027, 12, 1)));
        Assert.Throws<DomeinregelException>(() => LandelijkeBedragen.Startset.AowLeeftijden.Bereikt(geboren, new DateOnly(2028, 8, 1)));
    }

    [Fact]
    public void Bereken_YoungPersonAfterTheTable_NeedsNoAowRow()
    {
        var peildatum = new DateOnly(2029, 1, 1);                  // the last norms row still applies; AOW is 37 years away

        Assert.Equal(E("1.401,50"), Bereken(Alleenstaande(30, peildatum), peildatum).Norm);
    }

    [Fact]
    public void Tabel_IsByYear_67For2024To2027() =>
        Assert.Equal([(2024, 67, 0), (2025, 67, 0), (2026, 67, 0), (2027, 67, 0)], LandelijkeBedragen.Startset.AowLeeftijden.Tabel);

    [Fact]
    public void Verwacht_BeyondTheTable_IsTheEarliestDay_NotCertain()
    {
        Assert.Equal(new DateOnly(2057, 5, 1), LandelijkeBedragen.Startset.AowLeeftijden.Verwacht(new DateOnly(1990, 5, 1), out var zeker));
        Assert.False(zeker);
        Assert.Equal(new DateOnly(2026, 3, 15), LandelijkeBedragen.Startset.AowLeeftijden.Verwacht(new DateOnly(1959, 3, 15), out var zeker2));
        Assert.True(zeker2);
    }
}
