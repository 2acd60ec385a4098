namespace Socrates.IntegrationTests.Bench;

/// <summary>
/// <c>bench betaalrun</c> (tools/Socrates.Bench) in miniature, so the command runs in CI: a fifth of the households with
/// inkomstenopgaven for every month of their bijstand (issue #13), the run measured alternately without and with them, the
/// last run checked by <c>controle</c> without afwijkingen; it prints the share and both times and ends with its JSON line.
/// </summary>
public sealed class BenchBetaalrunTests
{
    [Fact]
    public async Task BenchBetaalrun_SmallRun_WithAFifthWorkers_PrintsTheShareAndBothTimes()
    {
        var (code, regels, uitvoer) = await BenchUitvoer.DraaiAsync("bench", "betaalrun", "--huishoudens", "2000");

        Assert.True(code == 0, uitvoer);
        Assert.Contains(regels, r => r.StartsWith("inkomsten: 400 (20.0 %) met inkomstenopgaven (", StringComparison.Ordinal));
        Assert.Equal(3, regels.Count(r => r.StartsWith("betaalrun zonder inkomstenopgaven (ronde ", StringComparison.Ordinal)));
        Assert.Equal(3, regels.Count(r => r.StartsWith("betaalrun met inkomstenopgaven (ronde ", StringComparison.Ordinal)));
        Assert.Contains(regels, r => r.StartsWith("controle: 2000 toekenningen, 0 afwijkingen", StringComparison.Ordinal));
        Assert.StartsWith("{\"benchmark\":\"betaalrun\",\"huishoudens\":2000,\"seconden\":", regels[^1], StringComparison.Ordinal);
        Assert.Contains("\"afwijkingen\":0,\"inkomstenProcent\":20,\"metInkomsten\":400,\"opgaven\":", regels[^1], StringComparison.Ordinal);
        Assert.Contains("\"secondenZonderInkomsten\":", regels[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchBetaalrun_InkomstenOutOfRange_IsInvalidInput()
    {
        var (code, _, uitvoer) = await BenchUitvoer.DraaiAsync("bench", "betaalrun", "--huishoudens", "10", "--inkomsten", "101");

        Assert.Equal(2, code);
        Assert.Equal("--inkomsten: kies 0 tot 100 (procent).", uitvoer.Trim());
    }
}
