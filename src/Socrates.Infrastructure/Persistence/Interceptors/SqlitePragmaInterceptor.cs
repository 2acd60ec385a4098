using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// SQLite, every connection: write-ahead log (readers do not block the writer), foreign keys enforced, and a busy
/// timeout so a second writer waits instead of failing at once. These settings belong to the native connection, which
/// the pool keeps open between uses, so they are set once per native connection rather than on every open (a page
/// opens the connection once per query).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>How long a writer waits for another writer's lock, in milliseconds.</summary>
    public const string BusyTimeoutMs = "10000";

    private const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = " + BusyTimeoutMs + "; PRAGMA synchronous = NORMAL;";

    /// <summary>The native connections that have their settings; an entry goes when its connection is collected.</summary>
    private static readonly ConditionalWeakTable<object, object> Ingesteld = [];

    private static readonly object Ja = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsIngesteld(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Onthoud(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsIngesteld(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Onthoud(connection);
    }

    private static bool IsIngesteld(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } native } && Ingesteld.TryGetValue(native, out _);

    private static void Onthoud(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } native })
        {
            Ingesteld.AddOrUpdate(native, Ja);
        }
    }
}
