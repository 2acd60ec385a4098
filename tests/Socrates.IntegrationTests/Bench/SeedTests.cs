using System.Globalization;
using Microsoft.Data.Sqlite;
using Socrates.Bench;
using Socrates.Cli;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Bench;

/// <summary>
/// <c>seed</c> (tools/Socrates.Bench) is deterministic for a seed: the benchmark and its control hash depend on it. By default a
/// fifth of the households has a part-time wage with an inkomstenopgave for every month (issue #13); the households are the
/// same with or without them.
/// </summary>
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
    public async Task Seed_Inkomsten_GivesTheShare_WithAnOpgaveForEveryMonthUpToThisMonth_RegisteredBefore()
    {
        var eerste = await ZaaiAsync(_eerste, "7", "--huishoudens", "200");
        var tweede = await ZaaiAsync(_tweede, "7", "--huishoudens", "200");

        Assert.Equal(eerste, tweede);
        var opgaven = await LeesAsync(_eerste, """
            SELECT o."AanvragerId", o."Maand", t."Ingangsdatum", o."NettoLoon", o."BrutoLoon", o."Vakantiegeld", o."Uren", o."GeregistreerdOp",
                   o."Van", o."ToekenningId" = t."Id", o."VerwerktInBetaalrunId" IS NULL AND o."Vervangen" = 0
            FROM "Inkomstenopgaven" o JOIN "Toekenningen" t ON t."AanvragerId" = o."AanvragerId"
            """, r => (Aanvrager: r.GetInt32(0), Maand: DateOnly.Parse(r.GetString(1), CultureInfo.InvariantCulture),
                Ingang: DateOnly.Parse(r.GetString(2), CultureInfo.InvariantCulture), Netto: r.GetInt64(3), Bruto: r.GetInt64(4), Vakantiegeld: r.GetInt64(5),
                Uren: decimal.Parse(r.GetString(6), CultureInfo.InvariantCulture), Geregistreerd: DateTime.Parse(r.GetString(7), CultureInfo.InvariantCulture),
                Van: r.GetString(8), Open: r.GetBoolean(9) && r.GetBoolean(10)));
        var dezeMaand = Maand.Van(TimeProvider.System.Vandaag()).Eerste;

        Assert.Equal(40, opgaven.Select(o => o.Aanvrager).Distinct().Count());        // 20 % of 200, the default
        Assert.All(opgaven.GroupBy(o => o.Aanvrager), werkende =>
        {
            var eersteMaand = Maand.Van(werkende.First().Ingang).Eerste;
            Assert.Equal(
                Enumerable.Range(0, 100).Select(eersteMaand.AddMonths).TakeWhile(m => m <= dezeMaand),
                werkende.Select(o => o.Maand).Order());
        });
        Assert.All(opgaven, o =>
        {
            Assert.InRange(o.Netto - o.Vakantiegeld, 300_00, 1_199_99);
            Assert.Equal(o.Maand.Month == 5, o.Vakantiegeld > 0);
            Assert.True(o.Bruto > o.Netto);
            Assert.InRange(o.Uren, 10m, 120m);
            Assert.True(o.Geregistreerd >= o.Maand.ToDateTime(TimeOnly.MinValue) && DateOnly.FromDateTime(o.Geregistreerd) <= TimeProvider.System.Vandaag());
            Assert.Equal(("Aanvrager", true), (o.Van, o.Open));
        });
        Assert.Contains(opgaven, o => o.Maand == dezeMaand);
    }

    [Fact]
    public async Task Seed_InkomstenZero_WritesNoOpgaven_AndTheSameHouseholds()
    {
        var met = await ZaaiAsync(_eerste, "7");
        var zonder = await ZaaiAsync(_tweede, "7", "--inkomsten", "0");

        Assert.Equal((met.Aantal, met.Bsn, met.Iban), (zonder.Aantal, zonder.Bsn, zonder.Iban));
        Assert.Equal(await HuishoudensAsync(_eerste), await HuishoudensAsync(_tweede));
        Assert.True(met.Opgaven > 0);
        Assert.Equal(0, zonder.Opgaven);
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

    /// <summary>Seeds 40 households (or as <paramref name="opties"/> say); the count, the first person's BSN and IBAN, and a fingerprint of the opgaven.</summary>
    private static async Task<(long Aantal, string? Bsn, string? Iban, long Opgaven, long Netto)> ZaaiAsync(string bestand, string seed, params string[] opties)
    {
        Assert.Equal(0, await SocratesAsync(bestand, "db", "migrate"));
        Assert.Equal(0, await SocratesAsync(bestand, ["seed", "--gemeente", "GM0599", "--seed", seed, .. opties.Contains("--huishoudens") ? opties : ["--huishoudens", "40", .. opties]]));
        return Assert.Single(await LeesAsync(bestand, """
            SELECT (SELECT COUNT(*) FROM "Toekenningen"), "Bsn", "Iban", (SELECT COUNT(*) FROM "Inkomstenopgaven"),
                   (SELECT COALESCE(SUM("NettoLoon" * "Id"), 0) FROM "Inkomstenopgaven")
            FROM "Personen" ORDER BY "Id" LIMIT 1
            """, r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3), r.GetInt64(4))));
    }

    /// <summary>Every toekenning's computed amounts and its aanvrager's BSN, in order: the households themselves.</summary>
    private static Task<List<string>> HuishoudensAsync(string bestand) => LeesAsync(bestand, """
        SELECT t."Id", p."Bsn", t."Ingangsdatum", t."Norm", t."Bijstand", t."TeBetalen" FROM "Toekenningen" t JOIN "Personen" p ON p."Id" = t."AanvragerId" ORDER BY t."Id"
        """, r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(r.GetValue)));

    private static async Task<List<T>> LeesAsync<T>(string bestand, string sql, Func<SqliteDataReader, T> rij)
    {
        await using var verbinding = new SqliteConnection($"Data Source={bestand}");
        await verbinding.OpenAsync();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        await using var lezer = await opdracht.ExecuteReaderAsync();
        var rijen = new List<T>();
        while (await lezer.ReadAsync())
        {
            rijen.Add(rij(lezer));
        }

        return rijen;
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
