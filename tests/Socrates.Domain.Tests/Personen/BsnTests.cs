using Socrates.Domain.Personen;

namespace Socrates.Domain.Tests.Personen;

/// <summary>The elfproef (domain reference §8.1): weights 9…2 and −1, sum divisible by 11 and not 0.</summary>
public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")]                          // weighted sum 66
    [InlineData("123456782")]                          // 154
    [InlineData("999993653")]                          // 352, used in MinBZK test data
    [InlineData(" 123 456 782 ")]                      // spaces are typing, not content
    public void IsGeldig_ElfproefHolds_True(string invoer) => Assert.True(Bsn.IsGeldig(invoer));

    [Theory]
    [InlineData("123456789")]                          // 147: not divisible by 11
    [InlineData("000000000")]                          // sum 0 is refused
    [InlineData("12345678a")]
    [InlineData("1234567")]
    [InlineData("1234567820")]
    [InlineData("")]
    [InlineData(null)]
    public void IsGeldig_NoValidBsn_False(string? invoer) => Assert.False(Bsn.IsGeldig(invoer));

    [Fact]
    public void Parse_EightDigits_PadsOneLeadingZero()
    {
        var bsn = Bsn.Parse("12345672");              // 012345672: 0+8+14+18+20+20+18+14−2 = 110 = 10 × 11

        Assert.Equal("012345672", bsn.Waarde);
    }

    [Fact]
    public void Parse_Invalid_ThrowsWithDutchMessage()
    {
        var fout = Assert.Throws<FormatException>(() => Bsn.Parse("123456789"));

        Assert.Equal("Dit is geen geldig BSN.", fout.Message);
    }

    [Fact]
    public void ToString_IsMasked_SoItCannotLeakIntoALogLine()
    {
        var bsn = Bsn.Parse("123456782");

        Assert.Equal("******782", bsn.ToString());
        Assert.DoesNotContain("123456", $"{bsn}", StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameDigits_Equal() => Assert.Equal(Bsn.Parse("123456782"), Bsn.Parse("123 45 6782"));
}
