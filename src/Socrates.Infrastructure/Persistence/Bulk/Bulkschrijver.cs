using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Socrates.Infrastructure.Persistence.Bulk;

/// <summary>
/// Writes many rows of one table on the context's own connection, inside the transaction of the command that runs (the
/// change tracker would take most of a betaalrun's time): on SQLite one prepared INSERT bound by position
/// (<see cref="SqliteBulk"/>), on SQL Server one bulk copy (<see cref="SqlBulkCopy"/>) with its constraints checked, so
/// the foreign keys stay trusted and a unique index refuses a double line as an insert would; empty values stay NULL
/// (<c>KeepNulls</c>, as EF's inserts). It sends <see cref="SqlServerBatch"/> rows per statement: SQL Server escalates a
/// statement's locks to the whole table from 5,000 on one table or index, and a betaalrun part of 10,000 toekenningen would
/// then hold the table until its commit, against the other workers and every reader of payment lines.
/// </summary>
internal static class Bulkschrijver
{
    /// <summary>How long one bulk copy may take on SQL Server; a betaalrun part is up to some 10,000 lines and their set-offs.</summary>
    public static readonly TimeSpan SqlServerWachttijd = TimeSpan.FromMinutes(5);

    /// <summary>Rows per bulk-insert statement on SQL Server, all in the command's one transaction: well under lock escalation.</summary>
    public const int SqlServerBatch = 1000;

    public static async Task SchrijfAsync<T>(DbContext db, Bulktabel<T> tabel, IReadOnlyList<T> rijen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(rijen);
        var transactie = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"{tabel.Naam} worden alleen binnen de transactie van een opdracht geschreven.");
        if (rijen.Count == 0)
        {
            return;
        }

        switch (db.Database.GetDbConnection())
        {
            case SqliteConnection sqlite:
                SqliteBulk.Schrijf(sqlite, tabel, rijen);
                break;
            case SqlConnection sqlServer:
                await SqlServerAsync(sqlServer, (SqlTransaction)transactie, tabel, rijen, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"Geen bulkschrijver voor {db.Database.ProviderName}.");
        }
    }

    private static async Task SqlServerAsync<T>(
        SqlConnection verbinding, SqlTransaction transactie, Bulktabel<T> tabel, IReadOnlyList<T> rijen, CancellationToken cancellationToken)
    {
        using var kopie = new SqlBulkCopy(verbinding, SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.KeepNulls, transactie)
        {
            DestinationTableName = $"[{tabel.Naam}]",
            BatchSize = SqlServerBatch,
            BulkCopyTimeout = (int)SqlServerWachttijd.TotalSeconds,
        };
        foreach (var kolom in tabel.Kolommen)
        {
            kopie.ColumnMappings.Add(kolom.Naam, kolom.Naam);
        }

        using var gegevens = tabel.Gegevens(rijen);
        await kopie.WriteToServerAsync(gegevens, cancellationToken);
    }
}
