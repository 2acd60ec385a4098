using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>
/// A worker of an indexering, like the betaalrun's: claims the next open part through the database (a lease with an
/// expiry, so two processes share one indexering without overlap and a stopped worker's part is taken over once its lease
/// expired), computes it and writes it with <see cref="IndexeringDeelOpslaan"/>, until no part is left; then closes it.
/// Acts as the scope's identity: the system for the indexering's gemeente.
/// </summary>
public sealed class IndexeringUitvoerder(ISocratesDb db, IMediator mediator, IndexeringBerekenaar berekenaar, TimeProvider klok)
{
    public static readonly TimeSpan StandaardLease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Works on indexering <paramref name="indexeringId"/> as <paramref name="eigenaar"/>; stops after
    /// <paramref name="maximumDelen"/> parts when given (a test's way to stop a worker halfway). Returns the parts written.
    /// </summary>
    public async Task<int> WerkAsync(int indexeringId, string eigenaar, TimeSpan lease, int? maximumDelen, CancellationToken cancellationToken)
    {
        var indexering = await db.Indexeringen.AsNoTracking().SingleAsync(i => i.Id == indexeringId, cancellationToken);
        var gedaan = 0;
        while (indexering.Status == IndexeringStatus.Berekenen && (maximumDelen is null || gedaan < maximumDelen))
        {
            var deel = await ClaimAsync(indexeringId, eigenaar, lease, cancellationToken);
            if (deel is null)
            {
                break;
            }

            var regels = await berekenaar.BerekenAsync(indexering, deel, cancellationToken);
            await mediator.Send(new IndexeringDeelOpslaan(indexeringId, deel.Id, eigenaar, regels), cancellationToken);
            db.WijzigingenVergeten();
            gedaan++;
        }

        if (maximumDelen is null || gedaan < maximumDelen)
        {
            await AfrondenAsync(indexeringId, cancellationToken);
        }

        return gedaan;
    }

    /// <summary>Two workers that finish together both try; the one that loses the version check finds it closed by the other.</summary>
    private async Task AfrondenAsync(int indexeringId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new IndexeringAfronden(indexeringId), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var status = await db.Indexeringen.AsNoTracking().Where(i => i.Id == indexeringId).Select(i => i.Status).SingleAsync(cancellationToken);
            if (status == IndexeringStatus.Berekenen)
            {
                throw;
            }
        }
    }

    /// <summary>The lowest open part whose lease is free or expired, taken with one conditional update (which loses when another worker was first).</summary>
    private async Task<IndexeringDeel?> ClaimAsync(int indexeringId, string eigenaar, TimeSpan lease, CancellationToken cancellationToken)
    {
        while (true)
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            var kandidaat = await db.IndexeringDelen.AsNoTracking()
                .Where(d => d.IndexeringId == indexeringId && !d.Klaar && (d.LeaseTot == null || d.LeaseTot < nu))
                .OrderBy(d => d.Volgnummer).FirstOrDefaultAsync(cancellationToken);
            if (kandidaat is null)
            {
                return null;
            }

            var tot = nu + lease;
            var geclaimd = await db.IndexeringDelen
                .Where(d => d.Id == kandidaat.Id && !d.Klaar && (d.LeaseTot == null || d.LeaseTot < nu))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Eigenaar, eigenaar).SetProperty(d => d.LeaseTot, tot).SetProperty(d => d.Pogingen, d => d.Pogingen + 1), cancellationToken);
            if (geclaimd == 1)
            {
                return kandidaat;
            }
        }
    }
}
