using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>ISO 11649 creditor references; the first case is the standard's own example.</summary>
public sealed class BetalingskenmerkTests
{
    [Fact]
    public void Het_voorbeeld_uit_de_norm_krijgt_controlecijfers_18()
    {
        // 539007547034 + "RF00" → 539007547034 27 15 00; mod 97 = 80; 98 - 80 = 18.
        var kenmerk = Betalingskenmerk.Van("539007547034");

        Assert.Equal("RF18539007547034", kenmerk.Waarde);
        Assert.Equal("RF18 5390 0754 7034", kenmerk.Opgemaakt);
    }

    [Fact]
    public void Een_terugvorderingskenmerk_wordt_zonder_streepjes_een_geldig_betalingskenmerk()
    {
        var kenmerk = Betalingskenmerk.Van("GM0599-T2026-000123");

        Assert.StartsWith("RF", kenmerk.Waarde, StringComparison.Ordinal);
        Assert.EndsWith("GM0599T2026000123", kenmerk.Waarde, StringComparison.Ordinal);
        Assert.True(Betalingskenmerk.IsGeldig(kenmerk.Opgemaakt));
    }

    [Theory]
    [InlineData("RF18 5390 0754 7034", true)]
    [InlineData("RF18539007547034", true)]
    [InlineData("RF19 5390 0754 7034", false)]    // one check digit off
    [InlineData("RF18 5390 0754 7043", false)]    // two digits swapped
    [InlineData("NL18 5390 0754 7034", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void De_controlecijfers_vangen_tikfouten(string? invoer, bool geldig) =>
        Assert.Equal(geldig, Betalingskenmerk.IsGeldig(invoer));

    [Fact]
    public void Te_lang_of_leeg_wordt_geweigerd()
    {
        Assert.Throws<ArgumentException>(() => Betalingskenmerk.Van("---"));
        Assert.Throws<ArgumentException>(() => Betalingskenmerk.Van(new string('1', 22)));
    }
}
