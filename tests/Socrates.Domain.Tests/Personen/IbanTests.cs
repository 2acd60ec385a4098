using Socrates.Domain.Personen;

namespace Socrates.Domain.Tests.Personen;

/// <summary>ISO 13616 mod-97: move the first four characters to the end, letters to numbers (A = 10), remainder 1.</summary>
public sealed class IbanTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00")]
    [InlineData("nl91 abna 0417 1643 00", "NL91 ABNA 0417 1643 00")]
    [InlineData("NL20INGB0001234567", "NL20 INGB 0001 2345 67")]
    [InlineData("GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32")]
    public void Parse_ValidIban_IsNormalisedAndGrouped(string invoer, string opgemaakt)
    {
        Assert.Equal(opgemaakt, Iban.Parse(invoer).Opgemaakt);
        Assert.Equal(opgemaakt.Replace(" ", "", StringComparison.Ordinal), Iban.Parse(invoer).Waarde);
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")]      // last digit changed: remainder is not 1
    [InlineData("NL91ABNA041716430")]       // a Dutch IBAN has 18 characters
    [InlineData("NL911BNA0417164300")]      // the bank code is four letters
    [InlineData("1234567890")]
    [InlineData("")]
    [InlineData(null)]
    public void IsGeldig_InvalidIban_IsFalse(string? invoer) => Assert.False(Iban.IsGeldig(invoer));
}
