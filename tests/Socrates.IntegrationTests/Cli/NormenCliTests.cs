using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Cli;
using Socrates.Infrastructure.Identity;

namespace Socrates.IntegrationTests.Cli;

/// <summary><c>socrates normen lijst|toon|invoeren</c> on a fresh SQLite file: the seeded sets, and four-eyes from the command line.</summary>
public sealed class NormenCliTests : IDisposable
{
    private const string Set = """
        {
          "ingangsdatum": "2040-01-01",
          "jongereAlleenstaande": 345.99, "jongeGehuwden": 691.98, "gemengdeGehuwden": 1347.06,
          "jongereAlleenstaandeOuder": 345.99, "jongeGehuwdenMetKinderen": 1092.41, "gemengdeGehuwdenMetKinderen": 1747.49,
          "jongerenVerhoging": 746.45, "alleenstaande": ALLEENSTAANDE, "gehuwden": 2002.13,
          "pensioenAlleenstaande": 1564.69, "pensioenGehuwdenBeiden": 2144.16, "pensioenGehuwdenEen": 2144.16,
          "kostendelerJongereMetKinderen": 746.42, "kostendelerJongere": 345.99,
          "inrichtingAlleenstaande": 443.76, "inrichtingGehuwden": 690.27,
          "inrichtingVerhogingAlleenstaande": 47.00, "inrichtingVerhogingGehuwden": 106.00,
          "vrijlatingArbeid": 285.00, "vrijlatingAlleenstaandeOuder": 177.66,
          "vermogensgrensAlleenstaande": 8000, "vermogensgrensAlleenstaandeOuder": 16000, "vermogensgrensGehuwden": 16000,
          "bruteringOnderAow": 55.64, "bruteringVanafAow": 23.09,
          "aowLeeftijden": [ { "jaar": 2026, "jaren": 67, "maanden": 0 }, { "jaar": 2027, "jaren": 67, "maanden": 0 } ],
          "bronDocument": "Proefbrief 2040 (kunstmatig)", "bronPublicatiedatum": "2039-12-01", "bronVindplaats": "proef"
        }
        """;

    private readonly string _bestand = Database.TestDatabases.TijdelijkSqliteBestand();
    private readonly string _json = Path.Combine(Path.GetTempPath(), $"normenset-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task LijstEnToon_ShowTheSeededSets()
    {
        await Socrates("db", "migrate");

        var (code, uit, fout) = await Socrates("normen", "lijst");
        var (toonCode, toon, _) = await Socrates("normen", "toon", "--peildatum", "15-03-2025");
        var (geenCode, _, geen) = await Socrates("normen", "toon", "--peildatum", "31-12-2024");

        Assert.True(code == 0, fout);
        Assert.Equal(3, uit.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("01-01-2026  Goedgekeurd  geldt vandaag", uit, StringComparison.Ordinal);
        Assert.Equal(0, toonCode);
        Assert.Contains("geldig vanaf 01-01-2025", toon, StringComparison.Ordinal);
        Assert.Contains("1.345,45", toon, StringComparison.Ordinal);
        Assert.Equal((1, "Socrates kent geen landelijke normen op 31-12-2024."), (geenCode, geen.Trim()));
    }

    [Fact]
    public async Task Invoeren_ProposedByOne_RefusedOwnApproval_ApprovedByTheOther()
    {
        await Socrates("db", "migrate");
        await NormbeheerderAsync("nb1@coop.example");
        await NormbeheerderAsync("nb2@coop.example");
        await File.WriteAllTextAsync(_json, Set.Replace("ALLEENSTAANDE", "1401.50", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (voorstel, uitVoorstel, foutVoorstel) = await Socrates("normen", "invoeren", "--bestand", _json, "--gebruiker", "nb1@coop.example");
        var (eigen, _, foutEigen) = await Socrates("normen", "invoeren", "--bestand", _json, "--gebruiker", "nb1@coop.example", "--goedkeuren");
        var (tweede, uitTweede, _) = await Socrates("normen", "invoeren", "--bestand", _json, "--gebruiker", "nb2@coop.example", "--goedkeuren");
        var (_, lijst, _) = await Socrates("normen", "lijst");

        Assert.True(voorstel == 0, foutVoorstel);
        Assert.Contains("voorgesteld", uitVoorstel, StringComparison.Ordinal);
        Assert.Equal((1, "U kunt uw eigen voorstel niet goedkeuren: dat doet een andere normbeheerder (vier ogen)."), (eigen, foutEigen.Trim()));
        Assert.Equal(0, tweede);
        Assert.Contains("goedgekeurd", uitTweede, StringComparison.Ordinal);
        Assert.Contains("01-01-2040  Goedgekeurd", lijst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoeren_BrokenRelation_IsExitCode2WithTheArticle()
    {
        await Socrates("db", "migrate");
        await NormbeheerderAsync("nb1@coop.example");
        await File.WriteAllTextAsync(_json, Set.Replace("ALLEENSTAANDE", "1500.00", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var (code, _, fout) = await Socrates("normen", "invoeren", "--bestand", _json, "--gebruiker", "nb1@coop.example");

        Assert.Equal(2, code);
        Assert.Contains("Alleenstaande: Art. 21: de norm van een alleenstaande (ouder) is 70 % van de gehuwdennorm", fout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var pad in new[] { _bestand, _bestand + "-wal", _bestand + "-shm", _json })
        {
            File.Delete(pad);
        }
    }

    /// <summary>Made as in production: <c>gebruiker aanmaken --rol Normbeheerder</c>, without a gemeente.</summary>
    private async Task NormbeheerderAsync(string email)
    {
        var (code, uit, fout) = await Socrates("gebruiker", "aanmaken", "--rol", "Normbeheerder", "--email", email, "--wachtwoord", "Normen-Proef-2026");
        Assert.True(code == 0, fout);
        Assert.Contains("coöperatie, geen gemeente", uit, StringComparison.Ordinal);
        using var host = CliHost.Bouw(Configuratie());
        await using var scope = host.Services.CreateAsyncScope();
        var gebruiker = await scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>().FindByEmailAsync(email);
        Assert.Null(gebruiker!.Gemeente);
    }

    [Fact]
    public async Task GebruikerAanmaken_NormbeheerderWithAGemeente_OrAnotherRoleWithout_IsRefused()
    {
        await Socrates("db", "migrate");

        var (metGemeente, _, foutMet) = await Socrates("gebruiker", "aanmaken", "--rol", "Normbeheerder", "--gemeente", "GM0363", "--email", "nb@coop.example");
        var (zonder, _, foutZonder) = await Socrates("gebruiker", "aanmaken", "--rol", "Consulent", "--email", "c@coop.example");

        Assert.Equal((2, "--gemeente: " + Gebruiker.NormbeheerderMetGemeente), (metGemeente, foutMet.Trim()));
        Assert.Equal((2, "--gemeente: " + Gebruiker.GemeenteOntbreekt), (zonder, foutZonder.Trim()));
    }

    private Dictionary<string, string?> Configuratie() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={_bestand}",
        ["Socrates:BasisUrl"] = "https://socrates.example",
    };

    private async Task<(int Code, string Uit, string Fout)> Socrates(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var code = await SocratesCli.UitvoerenAsync(args, uit, fout, Configuratie());
        return (code, uit.ToString(), fout.ToString());
    }
}
