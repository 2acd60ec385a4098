using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betalingen.Starten;
using Socrates.Application.Betalingen.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Cli.Opdrachten;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Cli.Betaalrun;

/// <summary>
/// <c>socrates bench betaalrun</c>: a fresh SQLite database, N synthetic households, then the proefrun timed with one
/// worker, and as a reference in the same process the same number of payment rows inserted with plain ADO.NET in one
/// transaction (prepared statement, same table and indexes). Prints figures and one JSON line.
/// </summary>
internal static class BetaalrunBenchmark
{
    public static async Task<int> DraaiAsync(int huishoudens, GemeenteCode gemeente, TextWriter uit, CancellationToken cancellationToken)
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"socrates-bench-{Guid.NewGuid():N}.db");
        try
        {
            using var host = CliHost.Bouw([new("ConnectionStrings:Sqlite", $"Data Source={bestand}"), new("Database:Provider", "Sqlite")]);
            await DatabaseMigratie.MigreerAsync(host.Services, cancellationToken);
            var zaaien = Stopwatch.StartNew();
            await SeedOpdracht.ZaaiAsync(host.Services, gemeente, huishoudens, 42, cancellationToken);
            await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"seed: {huishoudens} huishoudens in {zaaien.Elapsed.TotalSeconds:0.0} s"));

            GC.Collect();
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(null, "Socrates (benchmark)", gemeente, []);
            var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var maand = new DateOnly(klok.Vandaag().Year, klok.Vandaag().Month, 1);
            var run = Stopwatch.StartNew();
            var id = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new BetaalrunStarten { Maand = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture) }, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<BetaalrunUitvoerder>()
                .WerkAsync(id, "bench", BetaalrunUitvoerder.StandaardLease, null, cancellationToken);
            run.Stop();
            var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
            var regels = await db.Betalingen.CountAsync(b => b.BetaalrunId == id, cancellationToken);
            var piek = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            var controle = await ControlegetalAsync(db, id, cancellationToken);

            var referentie = await ReferentieAsync(db.Database.GetDbConnection().ConnectionString, gemeente, maand.AddMonths(1), regels, cancellationToken);
            var seconden = run.Elapsed.TotalSeconds;
            var perSeconde = regels / seconden;
            var referentiePerSeconde = regels / referentie.TotalSeconds;
            var i = CultureInfo.InvariantCulture;
            await uit.WriteLineAsync(string.Create(i, $"betaalrun: {regels} betaalregels in {seconden:0.00} s = {perSeconde:0} huishoudens/s"));
            await uit.WriteLineAsync(string.Create(i, $"referentie (ADO.NET, één transactie): {regels} rijen in {referentie.TotalSeconds:0.00} s = {referentiePerSeconde:0} rijen/s"));
            await uit.WriteLineAsync($"controlegetal van de betaalregels (gelijk vóór en na een optimalisatie): {controle}");
            await uit.WriteLineAsync(string.Create(i, $"verhouding: {perSeconde / referentiePerSeconde:0.00}; piekgeheugen: {piek} MB; {Environment.ProcessorCount} kernen"));
            await uit.WriteLineAsync(string.Create(i,
                $"{{\"benchmark\":\"betaalrun\",\"huishoudens\":{regels},\"seconden\":{seconden:0.00},\"perSeconde\":{perSeconde:0},\"referentiePerSeconde\":{referentiePerSeconde:0},\"ratio\":{perSeconde / referentiePerSeconde:0.00},\"piekGeheugenMB\":{piek}}}"));
            return regels == huishoudens ? 0 : 1;
        }
        finally
        {
            foreach (var f in new[] { bestand, bestand + "-wal", bestand + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>
    /// A hash over every computed column of the run's lines in toekenning order: a change that should only make the run
    /// faster must leave it the same (seed 42 makes the same households every time).
    /// </summary>
    private static async Task<string> ControlegetalAsync(SocratesDbContext db, int runId, CancellationToken cancellationToken)
    {
        var regels = await db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == runId).OrderBy(b => b.ToekenningId)
            .Select(b => new
            {
                b.ToekenningId, b.AanvragerId, b.Naam, b.Iban, b.Dagen, b.Norm, b.InkomenInAanmerking, b.Bijstand, b.VakantietoeslagGereserveerd,
                b.VakantietoeslagUitbetaald, b.Verrekend, b.TeBetalen, b.VorigBedrag, b.Signalen,
            })
            .ToListAsync(cancellationToken);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var r in regels)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{r.ToekenningId}|{r.AanvragerId}|{r.Naam}|{r.Iban}|{r.Dagen}|{r.Norm.Centen}|{r.InkomenInAanmerking.Centen}|{r.Bijstand.Centen}|{r.VakantietoeslagGereserveerd.Centen}|{r.VakantietoeslagUitbetaald.Centen}|{r.Verrekend.Centen}|{r.TeBetalen.Centen}|{r.VorigBedrag?.Centen}|{(int)r.Signalen}\n")));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    /// <summary>The same rows, the same table and indexes, one prepared INSERT per row in one transaction: the floor of what a write can cost.</summary>
    private static async Task<TimeSpan> ReferentieAsync(string verbinding, GemeenteCode gemeente, DateOnly maand, int aantal, CancellationToken cancellationToken)
    {
        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(verbinding);
        await sqlite.OpenAsync(cancellationToken);
        await Uitvoeren(sqlite, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        await Uitvoeren(sqlite, null, $"INSERT INTO \"Betaalruns\" (\"Gemeente\", \"Maand\", \"Status\", \"GestartDoor\", \"GestartOp\", \"AantalDelen\", \"Versie\") VALUES ('{gemeente.Waarde}', '{maand:yyyy-MM-dd}', 'Proef', 'bench', '2026-01-01 00:00:00', 0, 0)");
        var runId = Convert.ToInt32(await Scalar(sqlite, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
        var tijd = Stopwatch.StartNew();
        await using (var transactie = await sqlite.BeginTransactionAsync(cancellationToken))
        {
            await using var opdracht = sqlite.CreateCommand();
            opdracht.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transactie;
            opdracht.CommandText =
                """
                INSERT INTO "Betalingen" ("Gemeente", "BetaalrunId", "Maand", "ToekenningId", "AanvraagId", "AanvragerId", "Naam", "Iban", "Dagen",
                    "DagenInMaand", "Norm", "InkomenInAanmerking", "Bijstand", "VakantietoeslagGereserveerd", "VakantietoeslagUitbetaald", "Verrekend",
                    "TeBetalen", "VorigBedrag", "Signalen")
                VALUES (@g, @r, @m, @t, @t, @t, 'J. de Vries', 'NL91ABNA0417164300', 30, 30, 140000, 0, 140000, 7000, 0, 0, 133000, NULL, 0)
                """;
            var g = opdracht.Parameters.AddWithValue("@g", gemeente.Waarde);
            opdracht.Parameters.AddWithValue("@r", runId);
            opdracht.Parameters.AddWithValue("@m", maand);
            var t = opdracht.Parameters.AddWithValue("@t", 0);
            await opdracht.PrepareAsync(cancellationToken);
            for (var i = 1; i <= aantal; i++)
            {
                t.Value = i;
                await opdracht.ExecuteNonQueryAsync(cancellationToken);
            }

            _ = g;
            await transactie.CommitAsync(cancellationToken);
        }

        tijd.Stop();
        await Uitvoeren(sqlite, null, $"DELETE FROM \"Betaalruns\" WHERE \"Id\" = {runId}");
        return tijd.Elapsed;
    }

    private static async Task Uitvoeren(DbConnection verbinding, DbTransaction? transactie, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        opdracht.CommandText = sql;
        await opdracht.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(DbConnection verbinding, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        return await opdracht.ExecuteScalarAsync();
    }
}
