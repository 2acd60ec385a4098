using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

/// <summary>
/// An opgave for the month of a running opschorting ends it (art. 54 lid 2: the verzuim is hersteld); the next betaalrun
/// pays what was held. Called by every way an opgave comes in, in the same transaction.
/// </summary>
public static class Opschortingsherstel
{
    public static async Task HerstelAsync(
        this ISocratesDb db, IReadOnlyCollection<(int AanvragerId, DateOnly Maand)> opgaven, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(opgaven);
        var aanvragers = opgaven.Select(o => o.AanvragerId).Distinct().ToList();
        var lopend = await db.Opschortingen.Where(o => o.Status == OpschortingStatus.Opgeschort && aanvragers.Contains(o.AanvragerId))
            .ToListAsync(cancellationToken);
        foreach (var opschorting in lopend.Where(o => opgaven.Contains((o.AanvragerId, o.Maand))))
        {
            opschorting.Herstellen(vandaag);
        }
    }
}
