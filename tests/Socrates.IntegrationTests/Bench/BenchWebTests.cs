using Socrates.Bench;

namespace Socrates.IntegrationTests.Bench;

/// <summary>
/// <c>bench web</c> (tools/Socrates.Bench) in miniature: it hosts the web app itself, so it runs alone (a WebApplicationFactory
/// starting at the same moment in a parallel test would listen for the next host being built).
/// </summary>
[Collection(nameof(BenchWebTests))]
[CollectionDefinition(nameof(BenchWebTests), DisableParallelization = true)]
public sealed class BenchWebTests
{
    [Fact]
    public async Task BenchWeb_SmallRun_SignsIn32Users_AndEndsWithTheJsonLine_WithoutErrors()
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await BenchCli.UitvoerenAsync(["bench", "web", "--dossiers", "40", "--seconden", "1"], uit, fout);

        var regels = uit.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(code == 0, uit + fout.ToString());
        Assert.Contains("32 consulenten ingelogd", uit.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("{\"benchmark\":\"web\",\"gebruikers\":32,\"rps\":", regels[^1], StringComparison.Ordinal);
        Assert.Contains("\"fouten\":0,", regels[^1], StringComparison.Ordinal);
    }
}
