using Socrates.Domain.Geld;

namespace Socrates.Domain.Tests.Geld;

public sealed class PercentageTests
{
    [Theory]
    [InlineData(12.5, 1250, "12,5\u00A0%")]
    [InlineData(5, 500, "5\u00A0%")]
    [InlineData(100, 10_000, "100\u00A0%")]
    [InlineData(0.01, 1, "0,01\u00A0%")]
    public void Van_StoresBasispunten_AndPrintsDutch(decimal procent, int basispunten, string tekst)
    {
        var percentage = Percentage.Van(procent);

        Assert.Equal(basispunten, percentage.Basispunten);
        Assert.Equal(procent, percentage.Procent);
        Assert.Equal(tekst, percentage.ToString());
    }
}
