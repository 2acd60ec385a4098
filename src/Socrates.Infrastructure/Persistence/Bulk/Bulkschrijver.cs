using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Socrates.Infrastructure.Persistence.Bulk;

/// <summary>
/// Writes many rows of one table on the context's own connection, inside the transaction of the command that runs (the
/// change tracker would take most of a betaalrun's time): on SQLite one prepared INSERT bound by position
/// (<see cref="SqliteBulk"/>), on SQL Server one bulk copy (<see cref="SqlBulkCopy"/>) with its constraints checked, so
/// the foreign keys stay trusted and a unique index refuses a double line as an insert would.
/// </summary>
internal static class Bulkschrijver
{
    /// <summary>How long one bulk copy may take on SQL Server; a part of a betaalrun is a few thousand lines.</summary>
    public static readonly TimeSpan SqlServerWachttijd = TimeSpan.FromMinutes(5);

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
        using var kopie = new SqlBulkCopy(verbinding, SqlBulkCopyOptions.CheckConstraints, transactie)
        {
            DestinationTableName = $"[{tabel.Naam}]",
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
