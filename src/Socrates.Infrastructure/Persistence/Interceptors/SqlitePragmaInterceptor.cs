using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// SQLite, every connection: write-ahead log (readers do not block the writer), foreign keys enforced, and a busy
/// timeout so a second writer waits instead of failing at once.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>How long a writer waits for another writer's lock, in milliseconds.</summary>
    public const string BusyTimeoutMs = "10000";

    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = " + BusyTimeoutMs + "; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
