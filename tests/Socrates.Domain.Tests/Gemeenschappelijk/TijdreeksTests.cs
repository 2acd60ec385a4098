using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Gemeenschappelijk;

public sealed class TijdreeksTests
{
    private static readonly Tijdreeks<string> Reeks = new(
    [
        (new DateOnly(2026, 1, 1), "januari 2026"),
        (new DateOnly(2025, 7, 1), "juli 2025"),
    ]);

    [Theory]
    [InlineData("2025-07-01", "juli 2025")]              // the ingangsdatum itself
    [InlineData("2025-12-31", "juli 2025")]
    [InlineData("2026-01-01", "januari 2026")]
    [InlineData("2030-06-15", "januari 2026")]            // the last row stays in force
    public void Op_LatestRowOnOrBeforePeildatum(string peildatum, string verwacht) =>
        Assert.Equal(verwacht, Reeks.Op(DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Op_BeforeTheFirstRow_RefusesWithDutchMessage()
    {
        var fout = Assert.Throws<DomeinregelException>(() => Reeks.Op(new DateOnly(2025, 6, 30)));

        Assert.Equal("Er zijn geen gegevens voor 30-06-2025; de eerste gelden vanaf 01-07-2025.", fout.Message);
    }

    [Fact]
    public void Constructor_TwoRowsOnOneDate_Refused() =>
        Assert.Throws<ArgumentException>(() => new Tijdreeks<int>([(new DateOnly(2026, 1, 1), 1), (new DateOnly(2026, 1, 1), 2)]));
}
