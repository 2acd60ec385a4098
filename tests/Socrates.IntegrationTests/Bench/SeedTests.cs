using Microsoft.Data.Sqlite;
using Socrates.Bench;
using Socrates.Cli;

namespace Socrates.IntegrationTests.Bench;

/// <summary><c>seed</c> (tools/Socrates.Bench) is deterministic for a seed: the benchmark and its control hash depend on it.</summary>
public sealed class SeedTests : IDisposable
{
    private readonly string _eerste = Database.TestDatabases.TijdelijkSqliteBestand();
    private readonly string _tweede = Database.TestDatabases.TijdelijkSqliteBestand();

    [Fact]
    public async Task Seed_SameSeedTwice_GivesTheSameHouseholds()
    {
        var eerste = await ZaaiAsync(_eerste, "7");
        var tweede = await ZaaiAsync(_tweede, "7");

        Assert.Equal(40, eerste.Aantal);
        Assert.Equal(eerste, tweede);
        Assert.NotNull(eerste.Bsn);
    }

    [Fact]
    public async Task Seed_AnotherSeed_GivesOtherHouseholds()
    {
        var eerste = await ZaaiAsync(_eerste, "7");
        var tweede = await ZaaiAsync(_tweede, "8");

        Assert.Equal(eerste.Aantal, tweede.Aantal);
        Assert.NotEqual((eerste.Bsn, eerste.Iban), (tweede.Bsn, tweede.Iban));
    }

    [Fact]
    public async Task Seed_InProduction_IsRefused_AndSeedsNothing()
    {
        Assert.Equal(0, await SocratesAsync(_eerste, "db", "migrate"));
        using var uit = new StringWriter();
        using var fout = new StringWriter();

        var code = await BenchCli.UitvoerenAsync(["seed", "--gemeente", "GM0599", "--huishoudens", "5"], uit, fout, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Sqlite"] = $"Data Source={_eerste}", ["environment"] = "Production",
        });

        Assert.Equal(1, code);
        Assert.Equal(global::Socrates.Bench.Opdrachten.SeedOpdracht.InProductie, fout.ToString().Trim());
        await using var verbinding = new SqliteConnection($"Data Source={_eerste}");
        await verbinding.OpenAsync(TestContext.Current.CancellationToken);
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = """SELECT COUNT(*) FROM "Personen" """;
        Assert.Equal(0L, (long)(await opdracht.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var pad in new[] { _eerste, _tweede }.SelectMany(b => new[] { b, b + "-wal", b + "-shm" }))
        {
            File.Delete(pad);
        }
    }

    private static async Task<(long Aantal, string? Bsn, string? Iban)> ZaaiAsync(string bestand, string seed)
    {
        Assert.Equal(0, await SocratesAsync(bestand, "db", "migrate"));
        Assert.Equal(0, await SocratesAsync(bestand, "seed", "--gemeente", "GM0599", "--huishoudens", "40", "--seed", seed));
        await using var verbinding = new SqliteConnection($"Data Source={bestand}");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = """SELECT (SELECT COUNT(*) FROM "Toekenningen"), "Bsn", "Iban" FROM "Personen" ORDER BY "Id" LIMIT 1""";
        await using var lezer = await opdracht.ExecuteReaderAsync();
        Assert.True(await lezer.ReadAsync());
        return (lezer.GetInt64(0), lezer.IsDBNull(1) ? null : lezer.GetString(1), lezer.IsDBNull(2) ? null : lezer.GetString(2));
    }

    /// <summary><c>db migrate</c> is the product's <c>socrates</c>; <c>seed</c> is the tool's.</summary>
    private static async Task<int> SocratesAsync(string bestand, params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var configuratie = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={bestand}",
            ["environment"] = "Development",
        };
        var code = args[0] == "seed"
            ? await BenchCli.UitvoerenAsync(args, uit, fout, configuratie)
            : await SocratesCli.UitvoerenAsync(args, uit, fout, configuratie);
        Assert.True(code == 0, fout.ToString());
        return code;
    }
}
