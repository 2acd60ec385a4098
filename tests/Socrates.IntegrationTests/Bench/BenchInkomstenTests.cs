using Socrates.Bench;

namespace Socrates.IntegrationTests.Bench;

/// <summary>
/// <c>bench inkomsten</c> (tools/Socrates.Bench) in miniature, so the command runs in CI: a file of 400 valid opgaven is
/// saved whole, and the same file again is refused row by row with nothing saved (the checks the bench makes itself).
/// </summary>
public sealed class BenchInkomstenTests
{
    [Fact]
    public async Task BenchInkomsten_SmallRun_SavesEveryRow_AndRefusesTheRepeat()
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await BenchCli.UitvoerenAsync(["bench", "inkomsten", "--opgaven", "400"], uit, fout);

        var regels = uit.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(code == 0, uit + fout.ToString());
        Assert.StartsWith("{\"benchmark\":\"inkomsten\",\"opgaven\":400,\"huishoudens\":200,\"seconden\":", regels[^1], StringComparison.Ordinal);
        Assert.Contains("\"herhalingFouten\":400,", regels[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchInkomsten_MoreThanOneFileHolds_IsRefused()
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await BenchCli.UitvoerenAsync(["bench", "inkomsten", "--opgaven", "50001"], uit, fout);

        Assert.Equal(2, code);
        Assert.Contains("--opgaven", fout.ToString(), StringComparison.Ordinal);
    }
}
