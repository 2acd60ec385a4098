using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace Socrates.Infrastructure.Persistence;

/// <summary>
/// SQLite's execution strategy: a command whose database stayed busy or locked by another connection (SQLITE_BUSY 5,
/// SQLITE_LOCKED 6) is carried out again, whole, up to five times after short waits. Microsoft.Data.Sqlite first waits
/// itself (the busy timeout, then the command timeout), so this is the step after that: it starts the command over, with
/// its reads, instead of failing the request. SQL Server has EF's own retrying strategy.
/// </summary>
public sealed class SqliteHerhaling(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaximumPogingen, TimeSpan.FromSeconds(1))
{
    public const int MaximumPogingen = 5;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 } || exception.InnerException is SqliteException { SqliteErrorCode: 5 or 6 };

    /// <summary>Short waits between attempts (about 10, 20, 40 … ms): the driver has already waited within each attempt.</summary>
    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var volgende = base.GetNextDelay(lastException);
        return volgende is null ? null : TimeSpan.FromMilliseconds(Math.Min(1000, 10 * Math.Pow(2, ExceptionsEncountered.Count - 1)) * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
