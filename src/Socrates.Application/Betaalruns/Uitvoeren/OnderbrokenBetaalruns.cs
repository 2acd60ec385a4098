using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// The runs still being computed, in every municipality: a process that stopped left them so. A starting web instance
/// takes them up again; the leases keep it from overlapping with a worker that is in fact still busy.
/// </summary>
public static class OnderbrokenBetaalruns
{
    public static async Task<IReadOnlyList<(int BetaalrunId, GemeenteCode Gemeente)>> LeesAsync(ISocratesDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runs = await db.Betaalruns.IgnoreQueryFilters().AsNoTracking().Where(r => r.Status == BetaalrunStatus.Berekenen)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Gemeente }).ToListAsync(cancellationToken);
        return [.. runs.Select(r => (r.Id, r.Gemeente))];
    }
}
