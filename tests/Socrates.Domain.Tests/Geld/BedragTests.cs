using Socrates.Domain.Geld;

namespace Socrates.Domain.Tests.Geld;

public sealed class BedragTests
{
    [Theory]
    [InlineData(1234.56, 123_456)]
    [InlineData(0.005, 1)]                             // half a cent rounds away from zero
    [InlineData(-0.005, -1)]
    [InlineData(70.075, 7_008)]                        // the VT half-cent case of 1.401,50 (domain reference §1.5)
    public void Euro_RoundsHalfAwayFromZeroToTheCent(decimal euro, long centen) =>
        Assert.Equal(new Bedrag(centen), Bedrag.Euro(euro));

    [Fact]
    public void ToString_DutchNotation() => Assert.Equal("€\u00A01.234,56", Bedrag.Euro(1234.56m).ToString());

    [Fact]
    public void ToString_Negative_SignAfterTheEuroSign() => Assert.Equal("€\u00A0-1.234,56", Bedrag.Euro(-1234.56m).ToString());

    [Fact]
    public void Maal_Percentage_RoundsHalfAwayFromZero()
    {
        // VT = 5 % of 1.401,50 = 70,075 → 70,08 (Socrates decisions: vakantietoeslag split)
        Assert.Equal(Bedrag.Euro(70.08m), Bedrag.Euro(1401.50m).Maal(Percentage.Van(5)));
        // 10 % of the gehuwdennorm 2.002,13 = 200,213 → 200,21 (art. 27 example, IASZ 2026)
        Assert.Equal(Bedrag.Euro(200.21m), Bedrag.Euro(2002.13m).Maal(Percentage.Van(10)));
    }

    [Fact]
    public void Arithmetic_IsExactInCents()
    {
        var som = Bedrag.Euro(0.10m) + Bedrag.Euro(0.20m);

        Assert.Equal(Bedrag.Euro(0.30m), som);
        Assert.Equal(Bedrag.Euro(-0.10m), Bedrag.Euro(0.10m) - Bedrag.Euro(0.20m));
        Assert.True(Bedrag.Euro(1) > Bedrag.Nul);
        Assert.Equal(Bedrag.Euro(2), Bedrag.Max(Bedrag.Euro(1), Bedrag.Euro(2)));
    }

    [Fact]
    public void Overflow_Throws() => Assert.Throws<OverflowException>(() => new Bedrag(long.MaxValue) + new Bedrag(1));
}
