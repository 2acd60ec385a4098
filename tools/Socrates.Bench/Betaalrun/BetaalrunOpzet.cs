using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Bench.Betaalrun;

/// <summary>
/// What <c>bench betaalrun</c> does to its own database between two timed runs, untimed and in plain SQL (the benchmark's
/// file only): take away the proefrun just measured, and set the inkomstenopgaven aside or put them back, so the same
/// households are run once without and once with their opgaven. Each ends with a WAL checkpoint, so every run starts alike.
/// </summary>
internal static class BetaalrunOpzet
{
    private const string Opzij = "BenchInkomstenopgaven";

    public static string Verbinding(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<SocratesDbContext>().Database.GetDbConnection().ConnectionString;
    }

    /// <summary>Removes proefrun <paramref name="runId"/> with its lines, verrekeningen and parts.</summary>
    public static Task RunVerwijderenAsync(IServiceProvider services, int runId, CancellationToken cancellationToken) =>
        UitvoerenAsync(services, $"""
            DELETE FROM "BetalingVerrekeningen" WHERE "BetaalrunId" = {runId};
            DELETE FROM "Betalingen" WHERE "BetaalrunId" = {runId};
            DELETE FROM "BetaalrunDelen" WHERE "BetaalrunId" = {runId};
            DELETE FROM "Betaalruns" WHERE "Id" = {runId};
            """, cancellationToken);

    /// <summary>Puts the opgaven set aside back (<paramref name="met"/>), or sets them all aside; nothing when they already are.</summary>
    public static async Task OpgavenAsync(IServiceProvider services, bool met, CancellationToken cancellationToken)
    {
        var opzij = await UitvoerenAsync(services, $"""SELECT COUNT(*) FROM sqlite_master WHERE "type" = 'table' AND "name" = '{Opzij}'""", cancellationToken) is 1L;
        if (met && opzij)
        {
            await UitvoerenAsync(services, $"""INSERT INTO "Inkomstenopgaven" SELECT * FROM "{Opzij}"; DROP TABLE "{Opzij}";""", cancellationToken);
        }
        else if (!met && !opzij)
        {
            await UitvoerenAsync(services, $"""CREATE TABLE "{Opzij}" AS SELECT * FROM "Inkomstenopgaven"; DELETE FROM "Inkomstenopgaven";""", cancellationToken);
        }
    }

    private static async Task<object?> UitvoerenAsync(IServiceProvider services, string sql, CancellationToken cancellationToken)
    {
        await using var verbinding = new SqliteConnection(Verbinding(services));
        await verbinding.OpenAsync(cancellationToken);
        object? uitkomst;
        await using (var transactie = await verbinding.BeginTransactionAsync(cancellationToken))
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.Transaction = (SqliteTransaction)transactie;
            opdracht.CommandText = sql;
            uitkomst = await opdracht.ExecuteScalarAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }

        await using var checkpoint = verbinding.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        return uitkomst;
    }
}
