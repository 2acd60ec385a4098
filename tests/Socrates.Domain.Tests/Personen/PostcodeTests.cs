using Socrates.Domain.Personen;

namespace Socrates.Domain.Tests.Personen;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("3011AD", "3011 AD")]
    [InlineData("3011 ad", "3011 AD")]
    [InlineData(" 1011 PN ", "1011 PN")]
    public void Parse_ValidPostcode_IsWrittenWithASpace(string invoer, string verwacht) =>
        Assert.Equal(verwacht, Postcode.Parse(invoer).Waarde);

    [Theory]
    [InlineData("0123 AB")]     // the first digit is never 0
    [InlineData("1234 SS")]     // SA, SD and SS are not issued
    [InlineData("1234 A")]
    [InlineData("12345 AB")]
    [InlineData("ABCD 12")]
    [InlineData(null)]
    public void IsGeldig_InvalidPostcode_IsFalse(string? invoer) => Assert.False(Postcode.IsGeldig(invoer));
}
