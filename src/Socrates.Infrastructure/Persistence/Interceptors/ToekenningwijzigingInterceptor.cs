using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// After a save that wrote toekenningen, raises <see cref="Toekenningwijzigingen"/> for their gemeenten, so the Overzicht's
/// kept figures are computed again on the next request (docs/overzicht.md, "Speed").
/// </summary>
internal sealed class ToekenningwijzigingInterceptor : SaveChangesInterceptor
{
    /// <summary>Per context, the gemeenten whose toekenningen the save in progress writes (an async local would not flow back out of EF).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<GemeenteCode>> gewijzigd = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Onthoud(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Onthoud(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Meld(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Meld(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Onthoud(DbContext? context)
    {
        if (context is not null)
        {
            gewijzigd.AddOrUpdate(context, [.. context.ChangeTracker.Entries<Toekenning>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity.Gemeente).Distinct()]);
        }
    }

    private void Meld(DbContext? context)
    {
        if (context is not null && gewijzigd.TryGetValue(context, out var gemeenten))
        {
            foreach (var gemeente in gemeenten)
            {
                Toekenningwijzigingen.Verhoog(gemeente);
            }

            gewijzigd.Remove(context);
        }
    }
}
