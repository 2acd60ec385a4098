using Socrates.Bench;

namespace Socrates.IntegrationTests.Bench;

/// <summary>
/// <c>bench indexering</c> (tools/Socrates.Bench) in miniature, so the command runs in CI: three definitive months, the
/// +2 % set gives indexeringsregels, and a set equal to the one in force gives none (the property the bench checks).
/// </summary>
public sealed class BenchIndexeringTests
{
    [Fact]
    public async Task BenchIndexering_SmallRun_WritesRegels_AndAnEqualSetWritesNone()
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await BenchCli.UitvoerenAsync(["bench", "indexering", "--huishoudens", "2000", "--maanden", "3"], uit, fout);

        var regels = uit.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(code == 0, uit + fout.ToString());
        Assert.StartsWith("{\"benchmark\":\"indexering\",\"huishoudens\":2000,\"maanden\":3,\"seconden\":", regels[^1], StringComparison.Ordinal);
        Assert.EndsWith("\"gelijkeSetRegels\":0}", regels[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("\"regels\":0,", regels[^1], StringComparison.Ordinal);
    }
}
