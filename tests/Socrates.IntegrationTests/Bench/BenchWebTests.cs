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
    public async Task BenchWeb_SmallRun_SignsIn32Users_MeasuresTheOverzichtAndTheExport_WithoutErrors()
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await BenchCli.UitvoerenAsync(["bench", "web", "--dossiers", "40", "--seconden", "1"], uit, fout);

        var regels = uit.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(code == 0, uit + fout.ToString());
        Assert.Contains("32 consulenten ingelogd", uit.ToString(), StringComparison.Ordinal);
        var pagina = Assert.Single(regels, r => r.StartsWith("{\"benchmark\":\"web\",", StringComparison.Ordinal));
        Assert.StartsWith("{\"benchmark\":\"web\",\"gebruikers\":32,\"rps\":", pagina, StringComparison.Ordinal);
        Assert.Contains("\"fouten\":0,", pagina, StringComparison.Ordinal);
        var overzicht = Assert.Single(regels, r => r.StartsWith("{\"benchmark\":\"web-overzicht\",\"teamleiders\":8,", StringComparison.Ordinal));
        Assert.EndsWith("\"fouten\":0}", overzicht, StringComparison.Ordinal);
        var exports = regels.Where(r => r.StartsWith("{\"benchmark\":\"web-export\",", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Contains("\"aanvragen\":40,", e, StringComparison.Ordinal));   // every seeded dossier is decided
    }
}
