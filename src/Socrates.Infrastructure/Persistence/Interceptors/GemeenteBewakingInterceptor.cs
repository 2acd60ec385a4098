using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Defence in depth behind the query filter: a user can never save, change or delete data of another municipality,
/// even if a bug would hand such a row to the change tracker.
/// </summary>
internal sealed class GemeenteBewakingInterceptor : BewakingsInterceptor
{
    protected override void Bewaak(DbContext? context)
    {
        if (context is not SocratesDbContext socrates || socrates.HuidigeGemeente is not { } gemeente)
        {
            return;
        }

        foreach (var entry in socrates.ChangeTracker.Entries<IGemeenteEigendom>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.Gemeente != gemeente)
            {
                throw new InvalidOperationException(
                    $"Een {entry.Metadata.DisplayName()} van {entry.Entity.Gemeente} kan niet worden opgeslagen door een gebruiker van {gemeente}.");
            }
        }
    }
}
