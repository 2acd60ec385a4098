using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Defence in depth behind the query filter: a user can never save, change or delete data of another municipality,
/// even if a bug would hand such a row to the change tracker. A person of no municipality (a Normbeheerder) saves only
/// rows of none (his audit lines and form keys).
/// </summary>
internal sealed class GemeenteBewakingInterceptor : BewakingsInterceptor
{
    protected override void Bewaak(DbContext? context)
    {
        if (context is not SocratesDbContext socrates)
        {
            return;
        }

        var gemeente = socrates.HuidigeGemeente;
        if (gemeente is null && socrates.Gebruiker.Id is null)
        {
            return;                                         // start-up seeding and system work of no municipality
        }

        foreach (var entry in socrates.ChangeTracker.Entries<IGemeenteEigendom>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.Gemeente != gemeente)
            {
                throw new InvalidOperationException(
                    $"Een {entry.Metadata.DisplayName()} van {entry.Entity.Gemeente?.ToString() ?? "geen gemeente"} kan niet worden opgeslagen door een gebruiker van {gemeente?.ToString() ?? "geen gemeente"}.");
            }
        }
    }
}
