using System.Globalization;
using Microsoft.Data.Sqlite;
using Socrates.Bench;
using Socrates.Cli;

namespace Socrates.IntegrationTests.Cli;

/// <summary>
/// <c>socrates controle --gemeente</c> on seeded households after a definitive run: "controle: N toekenningen, 0
/// afwijkingen" and exit 0; a payment line changed behind the ledger's back is an afwijking, printed, with exit 1.
/// </summary>
public sealed class ControleTests : IDisposable
{
    private readonly string _bestand = Database.TestDatabases.TijdelijkSqliteBestand();

    [Fact]
    public async Task Controle_AfterADefinitiveRun_FindsNothing_AndALineChangedBehindItsBack_IsAnAfwijking()
    {
        var maand = Domain.Gemeenschappelijk.Klok.Vandaag(TimeProvider.System).ToString("yyyy-MM", CultureInfo.InvariantCulture);         // the seeded month (the CLI runs on the real clock)
        Assert.Equal(0, (await SocratesAsync("db", "migrate")).Code);
        Assert.Equal(0, (await SocratesAsync("seed", "--gemeente", "GM0599", "--huishoudens", "40", "--seed", "3")).Code);
        foreach (var (rol, email) in new[] { ("Teamleider", "tl@rotterdam.example"), ("Teamleider", "tl2@rotterdam.example"), ("Consulent", "c@rotterdam.example") })
        {
            Assert.Equal(0, (await SocratesAsync("gebruiker", "aanmaken", "--gemeente", "GM0599", "--rol", rol, "--email", email)).Code);
        }

        var zonderGebruiker = await SocratesAsync("betaalrun", "--gemeente", "GM0599", "--maand", maand);
        var consulent = await SocratesAsync("betaalrun", "--gemeente", "GM0599", "--maand", maand, "--gebruiker", "c@rotterdam.example");
        Assert.Equal(0, (await SocratesAsync("betaalrun", "--gemeente", "GM0599", "--maand", maand, "--gebruiker", "tl@rotterdam.example")).Code);
        Assert.Equal(0, (await SocratesAsync("betaalrun", "--gemeente", "GM0599", "--maand", maand, "--definitief", "--gebruiker", "tl2@rotterdam.example")).Code);

        var schoon = await SocratesAsync("controle", "--gemeente", "GM0599");
        await VerknoeiEenRegelAsync();
        var verknoeid = await SocratesAsync("controle", "--gemeente", "GM0599");

        Assert.Equal(2, zonderGebruiker.Code);                                  // the command line acts as a named person, never as "nobody"
        Assert.Contains("--gebruiker", zonderGebruiker.Fout, StringComparison.Ordinal);
        Assert.Equal(SocratesCli.GeenToegang, consulent.Code);
        Assert.Equal("Geen toegang tot BetaalrunStarten: deze actie vraagt de rol Teamleider.", consulent.Fout.Trim());
        Assert.True(schoon.Code == 0, schoon.Fout);
        Assert.EndsWith("controle: 40 toekenningen, 0 afwijkingen", schoon.Uit.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(1, verknoeid.Code);
        Assert.Contains("afwijking (RegelTeltNietOp)", verknoeid.Uit, StringComparison.Ordinal);
        Assert.EndsWith("controle: 40 toekenningen, 1 afwijkingen", verknoeid.Uit.TrimEnd(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var pad in new[] { _bestand, _bestand + "-wal", _bestand + "-shm" })
        {
            File.Delete(pad);
        }
    }

    /// <summary>One cent more to transfer on one line, straight in the database, as a faulty import or a hand edit would.</summary>
    private async Task VerknoeiEenRegelAsync()
    {
        await using var verbinding = new SqliteConnection($"Data Source={_bestand}");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = """UPDATE "Betalingen" SET "TeBetalen" = "TeBetalen" + 1 WHERE "Id" = (SELECT MIN("Id") FROM "Betalingen")""";
        Assert.Equal(1, await opdracht.ExecuteNonQueryAsync());
    }

    /// <summary>The product's <c>socrates</c>, except <c>seed</c>: the synthetic households come from the tool (tools/Socrates.Bench).</summary>
    private async Task<(int Code, string Uit, string Fout)> SocratesAsync(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var configuratie = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_bestand}",
            ["environment"] = "Development",                        // seed refuses to run in Production
        };
        var code = args[0] == "seed"
            ? await BenchCli.UitvoerenAsync(args, uit, fout, configuratie)
            : await SocratesCli.UitvoerenAsync(args, uit, fout, configuratie);
        return (code, uit.ToString(), fout.ToString());
    }
}
