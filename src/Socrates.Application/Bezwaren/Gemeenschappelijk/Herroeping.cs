using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>
/// What a claim now amounts to: what was imposed plus the corrections booked since (its ledger's Opgelegd and Correctie
/// movements). A herroeping brings this to the new amount with one more correction; payments stay as they were, so a saldo
/// below zero is money the gemeente pays back.
/// </summary>
public static class Herroeping
{
    public static Bedrag Opgelegd(IEnumerable<Mutatie> mutaties) =>
        Bedrag.Som(mutaties.Where(m => m.Soort is MutatieSoort.Opgelegd or MutatieSoort.Correctie).Select(m => m.Bedrag));

    public static async Task<Bedrag?> OpgelegdAsync(ISocratesDb db, int terugvorderingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var vordering = await db.Terugvorderingen.AsNoTracking().SingleOrDefaultAsync(t => t.Id == terugvorderingId, cancellationToken);
        return vordering is null ? null : Opgelegd(vordering.Mutaties);
    }
}
