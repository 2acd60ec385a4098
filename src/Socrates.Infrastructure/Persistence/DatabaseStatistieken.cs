using Microsoft.EntityFrameworkCore;

namespace Socrates.Infrastructure.Persistence;

/// <summary>
/// SQLite plans a query from statistics only after <c>ANALYZE</c>. Without them it takes every index on an equality as
/// selective, so the tenant filter <c>"Gemeente" = @gemeente</c> (true for every row of a gemeente) wins over a primary-key
/// range: a betaalrun part then scans all the gemeente's persons and aanvragen. Refreshed after migrating and after a
/// bulk load; SQL Server keeps its statistics itself.
/// </summary>
public static class DatabaseStatistieken
{
    public static async Task BijwerkenAsync(SocratesDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
    }
}
