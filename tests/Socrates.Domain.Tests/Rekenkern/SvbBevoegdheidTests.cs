using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>
/// Art. 47a lid 1 Participatiewet: the SVB grants bijstand (AIO) to an alleenstaande (ouder) who reached the AOW age and to
/// gehuwden of whom one or both have; the gemeente is not competent. The rekenkern still computes art. 22 and says so.
/// </summary>
public sealed class SvbBevoegdheidTests
{
    private static readonly DateOnly April2026 = new(2026, 4, 1);

    [Fact]
    public void Vanaf_IsTheEarliestAowDateOfAanvragerAndPartner()
    {
        Assert.Equal(new DateOnly(2026, 3, 15), SvbBevoegdheid.Vanaf(new DateOnly(1959, 3, 15), null, Landelijk.AowLeeftijden));
        Assert.Equal(new DateOnly(2025, 8, 2), SvbBevoegdheid.Vanaf(new DateOnly(1970, 1, 1), new DateOnly(1958, 8, 2), Landelijk.AowLeeftijden));   // the partner first
        Assert.Null(SvbBevoegdheid.Vanaf(new DateOnly(1990, 1, 1), new DateOnly(1992, 5, 5), Landelijk.AowLeeftijden));                             // not within the table
    }

    [Fact]
    public void Op_CountsTheDayItself() =>
        Assert.Equal((false, true), (SvbBevoegdheid.Op(new DateOnly(1959, 3, 15), null, new DateOnly(2026, 3, 14), Landelijk.AowLeeftijden), SvbBevoegdheid.Op(new DateOnly(1959, 3, 15), null, new DateOnly(2026, 3, 15), Landelijk.AowLeeftijden)));

    [Fact]
    public void Bereken_APensionerHousehold_StillComputesArt22_AndSaysTheSvbIsCompetent()
    {
        var b = Bereken(Alleenstaande(70, April2026), April2026);

        Assert.True(b.SvbBevoegd);
        Assert.Equal(E("1.564,69"), b.Norm);                        // art. 22 onder a, for information and art. 22a's B
        Assert.Contains(b.Opmerkingen, o => o.Contains("Sociale verzekeringsbank is bevoegd", StringComparison.Ordinal) && o.Contains("art. 47a lid 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Bereken_GehuwdenOfWhomOneReachedIt_TheSvbIsCompetent()
    {
        var b = Bereken(Gehuwden(60, 68, April2026), April2026);

        Assert.True(b.SvbBevoegd);
        Assert.Contains(b.Opmerkingen, o => o.Contains("de partner heeft de pensioengerechtigde leeftijd bereikt", StringComparison.Ordinal));
    }

    [Fact]
    public void Bereken_BelowTheAowAge_NoRemark() =>
        Assert.False(Bereken(Alleenstaande(35, April2026), April2026).SvbBevoegd);
}
