using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Raises the version of every changed aggregate root to the version it was loaded (or posted) with plus one.
/// EF checks the original value in the UPDATE's WHERE clause, so a stale version fails with a concurrency error.
/// </summary>
internal sealed class VersieInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        VerhoogVersies(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        VerhoogVersies(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void VerhoogVersies(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IVersieBeheerd>().Where(e => e.State == EntityState.Modified))
        {
            var versie = entry.Property(nameof(IVersieBeheerd.Versie));
            versie.CurrentValue = (int)versie.OriginalValue! + 1;
        }
    }
}
