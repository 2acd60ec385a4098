using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>
/// A run's totals from its lines, read once when the proefrun is computed and once when it is made definitive, and kept on
/// the run (<see cref="Betaalrun.Totalen"/>): three narrow columns per line, summed in memory (amounts are value-converted
/// cents, which the providers cannot sum in SQL through the converter).
/// </summary>
public static class Totalenlezer
{
    public static async Task<Betaalruntotalen> TotalenVanAsync(this ISocratesDb db, int betaalrunId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var regels = await db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == betaalrunId)
            .Select(b => new { b.AanvragerId, b.Verrekend, b.TeBetalen })
            .ToListAsync(cancellationToken);
        return Betaalruntotalen.Van(regels.Select(r => (r.AanvragerId, r.Verrekend, r.TeBetalen)));
    }
}
