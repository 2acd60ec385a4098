using Microsoft.Extensions.Configuration;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Betalingen;

namespace Socrates.IntegrationTests.Betaalrun;

public sealed class BetaalrekeningenTests
{
    [Theory]
    [InlineData("ABNANL2A", "ABNANL2A")]
    [InlineData(" abnanl2a ", "ABNANL2A")]
    [InlineData("INGBNL2AXXX", "INGBNL2AXXX")]
    [InlineData("ABNANL2", null)]
    [InlineData("ABNA NL2A", null)]
    [InlineData("ABNANL2A1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Van_Bic_IsReadInCapitals_AndLeftOutWhenItHasNotTheIsoForm(string? ingesteld, string? verwacht)
    {
        var rekeningen = new Betaalrekeningen(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betaalrekeningen:GM0518:Iban"] = "NL91 ABNA 0417 1643 00",
            ["Betaalrekeningen:GM0518:Bic"] = ingesteld,
        }).Build());

        var rekening = rekeningen.Van(GemeenteCode.Parse("GM0518"));

        Assert.Equal(("NL91ABNA0417164300", verwacht), (rekening?.Iban, rekening?.Bic));
    }

    [Fact]
    public void Van_InvalidIban_IsNoAccount()
    {
        var rekeningen = new Betaalrekeningen(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betaalrekeningen:GM0518:Iban"] = "NL91ABNA0417164301",
        }).Build());

        Assert.Null(rekeningen.Van(GemeenteCode.Parse("GM0518")));
    }
}
