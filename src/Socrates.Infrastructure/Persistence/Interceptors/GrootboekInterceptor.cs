using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The ledger of a claim is append-only: a save that would change or delete a movement (<see cref="Mutatie"/>) or a
/// claim month is a bug and is stopped before it reaches the database. Mistakes are corrected by a new movement.
/// </summary>
internal sealed class GrootboekInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bewaak(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bewaak(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bewaak(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var gewijzigd = context.ChangeTracker.Entries()
            .Where(e => e.Entity is Mutatie or TerugvorderingMaand && e.State is EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (gewijzigd.Count > 0)
        {
            throw new InvalidOperationException(
                $"Een boeking of maand van een terugvordering wordt nooit gewijzigd of verwijderd ({gewijzigd[0].Entity.GetType().Name}, {gewijzigd[0].State}).");
        }
    }
}
