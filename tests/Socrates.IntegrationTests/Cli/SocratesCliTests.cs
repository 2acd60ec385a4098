using Microsoft.Data.Sqlite;
using Socrates.Cli;
using Socrates.Infrastructure.Configuratie;

namespace Socrates.IntegrationTests.Cli;

/// <summary><c>socrates db migrate</c> and <c>socrates gebruiker aanmaken</c> on a fresh SQLite file of their own.</summary>
public sealed class SocratesCliTests : IDisposable
{
    private readonly string _bestand = Database.TestDatabases.TijdelijkSqliteBestand();

    [Fact]
    public async Task DbMigrate_FreshDatabase_AppliesEveryMigration_ThenNothing()
    {
        var (code, uit, _) = await Socrates("db", "migrate");
        var (nogmaals, uitNogmaals, _) = await Socrates("db", "migrate");

        Assert.Equal(0, code);
        Assert.Contains("migratie(s) toegepast", uit, StringComparison.Ordinal);
        Assert.Equal(0, nogmaals);
        Assert.Contains("geen openstaande migraties", uitNogmaals, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerAanmaken_CreatesTheFirstBeheerder_WithAPasswordShownOnce()
    {
        await Socrates("db", "migrate");

        var (code, uit, fout) = await Socrates(
            "gebruiker", "aanmaken", "--gemeente", "GM0599", "--rol", "Beheerder", "--email", "eerste@rotterdam.nl", "--naam", "Eerste Beheerder");

        Assert.True(code == 0, fout);
        Assert.Contains("Gebruiker eerste@rotterdam.nl aangemaakt (Beheerder, Rotterdam)", uit, StringComparison.Ordinal);
        Assert.Matches("Wachtwoord \\(wordt maar één keer getoond\\): [A-Za-z0-9]{20}", uit);
    }

    [Fact]
    public async Task GebruikerAanmaken_UnknownMunicipality_IsExitCode2WithADutchMessage()
    {
        var (code, _, fout) = await Socrates(
            "gebruiker", "aanmaken", "--gemeente", "GM0001", "--rol", "Beheerder", "--email", "x@y.nl");

        Assert.Equal(2, code);
        Assert.Contains("--gemeente: GM0001 is geen lid", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerAanmaken_MissingRequiredOption_IsExitCode2()
    {
        var (code, _, fout) = await Socrates("gebruiker", "aanmaken", "--gemeente", "GM0344", "--rol", "Beheerder");

        Assert.Equal(2, code);
        Assert.Contains("--email", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerAanmaken_BadEmailAndRole_AreExitCode2WithAMessagePerOption()
    {
        await Socrates("db", "migrate");

        var (code, _, fout) = await Socrates(
            "gebruiker", "aanmaken", "--gemeente", "GM0344", "--rol", "Baas", "--email", "geen-adres");

        Assert.Equal(2, code);
        Assert.Contains("--email: Dit is geen geldig e-mailadres.", fout, StringComparison.Ordinal);
        Assert.Contains("--rol: Kies een rol: Consulent, Teamleider, Beheerder of Normbeheerder.", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GebruikerHerstellink_PrintsALinkOnTheConfiguredAddress_AndRefusesWithoutOne()
    {
        await Socrates("db", "migrate");
        await Socrates("gebruiker", "aanmaken", "--gemeente", "GM0599", "--rol", "Teamleider", "--email", "vergeten@rotterdam.nl", "--wachtwoord", "Oud-Wachtwoord-2026");

        var (code, uit, fout) = await Socrates("gebruiker", "herstellink", "--email", "vergeten@rotterdam.nl");
        var (zonderAdres, _, foutZonderAdres) = await Socrates(new KeyValuePair<string, string?>(Basisadres.Instelling, ""), "gebruiker", "herstellink", "--email", "vergeten@rotterdam.nl");
        var (onbekend, _, foutOnbekend) = await Socrates("gebruiker", "herstellink", "--email", "niemand@rotterdam.nl");

        Assert.True(code == 0, fout);
        var link = new Uri(uit.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1]);
        Assert.Equal("https://socrates.rotterdam.example/Account/WachtwoordInstellen", link.GetLeftPart(UriPartial.Path));
        Assert.Equal(1, zonderAdres);
        Assert.Contains("Socrates:BasisUrl ontbreekt", foutZonderAdres, StringComparison.Ordinal);
        Assert.Equal(2, onbekend);
        Assert.Contains("--email: er is geen gebruiker", foutOnbekend, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var pad in new[] { _bestand, _bestand + "-wal", _bestand + "-shm" })
        {
            File.Delete(pad);
        }
    }

    private Task<(int Code, string Uit, string Fout)> Socrates(params string[] args) => Socrates(null, args);

    private async Task<(int Code, string Uit, string Fout)> Socrates(KeyValuePair<string, string?>? extra, params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var configuratie = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_bestand}",
            [Basisadres.Instelling] = "https://socrates.rotterdam.example",
        };
        if (extra is { } e)
        {
            configuratie[e.Key] = e.Value;
        }

        var code = await SocratesCli.UitvoerenAsync(args, uit, fout, configuratie);
        return (code, uit.ToString(), fout.ToString());
    }
}
