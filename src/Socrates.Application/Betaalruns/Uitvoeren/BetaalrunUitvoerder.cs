using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// A worker of a run: claims the next open part through the database (a lease with an expiry, so two processes or two
/// web instances share one run without overlap), computes it, writes it, and goes on until no part is left. A part
/// whose worker stopped is claimed again once its lease expired. While part n is written, parts n+1 and n+2 are already
/// read and computed, each on a connection of its own (a DI scope acting as the same user): the write, the reads and the
/// rekenkern keep both cores busy.
/// </summary>
public sealed class BetaalrunUitvoerder(ISocratesDb db, IMediator mediator, IServiceScopeFactory scopes, GebruikerContext gebruiker, TimeProvider klok)
{
    public static readonly TimeSpan StandaardLease = TimeSpan.FromMinutes(2);

    /// <summary>Parts read and computed ahead while the oldest is written: each on its own connection.</summary>
    private const int DelenTegelijk = 2;

    /// <summary>
    /// Works on run <paramref name="betaalrunId"/> as <paramref name="eigenaar"/>; stops after <paramref name="maximumDelen"/>
    /// parts when given (a test's way to stop a worker halfway). Returns the number of parts this worker wrote.
    /// </summary>
    public async Task<int> WerkAsync(int betaalrunId, string eigenaar, TimeSpan lease, int? maximumDelen, CancellationToken cancellationToken)
    {
        // Whoever started the run, its parts are written and it is closed by the betaalrun's own system identity.
        using var alsSysteem = gebruiker.AlsSysteem(Systeemidentiteit.Betaalrun, gebruiker.VereisteGemeente());
        var run = await db.Betaalruns.AsNoTracking().SingleAsync(r => r.Id == betaalrunId, cancellationToken);
        var lezers = new List<AsyncServiceScope>();
        var onderweg = new Queue<(BetaalrunDeel Deel, Task<IReadOnlyList<Betaalregel>> Regels)>();
        var gedaan = 0;
        var geclaimd = 0;
        var klaarMetClaimen = run.Status != BetaalrunStatus.Berekenen;

        // Claims the next part and starts computing it on a reader scope of its own (one per part in flight).
        async Task VolgendeAsync()
        {
            if (klaarMetClaimen || (maximumDelen is { } maximum && geclaimd >= maximum))
            {
                klaarMetClaimen = true;
                return;
            }

            var deel = await ClaimAsync(betaalrunId, eigenaar, lease, cancellationToken);
            if (deel is null)
            {
                klaarMetClaimen = true;
                return;
            }

            if (lezers.Count < DelenTegelijk)
            {
                var lezer = scopes.CreateAsyncScope();
                lezer.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(gebruiker.Id, gebruiker.Weergavenaam, gebruiker.VereisteGemeente(), gebruiker.Rollen);
                lezers.Add(lezer);
            }

            var berekenaar = lezers[geclaimd % DelenTegelijk].ServiceProvider.GetRequiredService<DeelBerekenaar>();
            geclaimd++;
            onderweg.Enqueue((deel, Task.Run(() => berekenaar.BerekenAsync(run.Gemeente, run.Maand, deel.VanToekenningId, deel.TotToekenningId, cancellationToken), cancellationToken)));
        }

        try
        {
            for (var i = 0; i < DelenTegelijk; i++)
            {
                await VolgendeAsync();
            }

            while (onderweg.TryPeek(out var oudste))
            {
                var regels = await oudste.Regels;
                onderweg.Dequeue();
                await VolgendeAsync();
                await mediator.Send(new BetaalrunDeelOpslaan(betaalrunId, oudste.Deel.Id, eigenaar, regels), cancellationToken);
                gedaan++;
            }
        }
        finally
        {
            // A failed write leaves later parts computing on their reader scopes: let them end before the scopes go.
            foreach (var (_, regels) in onderweg)
            {
                await regels.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            foreach (var lezer in lezers)
            {
                await lezer.DisposeAsync();
            }
        }

        if (maximumDelen is null || gedaan < maximumDelen)
        {
            await AfrondenAsync(betaalrunId, cancellationToken);
        }

        return gedaan;
    }

    /// <summary>
    /// Closes the run when every part is written. Two workers that finish together both try; the one that loses the
    /// version check finds the run already closed by the other, which is the outcome it wanted.
    /// </summary>
    private async Task AfrondenAsync(int betaalrunId, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new BetaalrunAfronden(betaalrunId), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var status = await db.Betaalruns.AsNoTracking().Where(r => r.Id == betaalrunId).Select(r => r.Status).SingleAsync(cancellationToken);
            if (status == BetaalrunStatus.Berekenen)
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Works until the run is complete: when the parts left are leased by another worker it waits, and takes over those
    /// whose lease expires (a worker that was stopped). Returns the number of parts this worker wrote.
    /// </summary>
    public async Task<int> WerkTotKlaarAsync(int betaalrunId, string eigenaar, TimeSpan lease, TimeSpan wachttijd, CancellationToken cancellationToken)
    {
        var gedaan = 0;
        while (true)
        {
            gedaan += await WerkAsync(betaalrunId, eigenaar, lease, null, cancellationToken);
            var status = await db.Betaalruns.AsNoTracking().Where(r => r.Id == betaalrunId).Select(r => r.Status).SingleAsync(cancellationToken);
            if (status != BetaalrunStatus.Berekenen)
            {
                return gedaan;
            }

            await Task.Delay(wachttijd, klok, cancellationToken);
        }
    }

    /// <summary>The lowest open part whose lease is free or expired, taken with one conditional update (which loses when another worker was first).</summary>
    private async Task<BetaalrunDeel?> ClaimAsync(int betaalrunId, string eigenaar, TimeSpan lease, CancellationToken cancellationToken)
    {
        while (true)
        {
            var nu = klok.GetUtcNow().UtcDateTime;
            var kandidaat = await db.BetaalrunDelen.AsNoTracking()
                .Where(d => d.BetaalrunId == betaalrunId && !d.Klaar && (d.LeaseTot == null || d.LeaseTot < nu))
                .OrderBy(d => d.Volgnummer).FirstOrDefaultAsync(cancellationToken);
            if (kandidaat is null)
            {
                return null;
            }

            var tot = nu + lease;
            var geclaimd = await db.BetaalrunDelen
                .Where(d => d.Id == kandidaat.Id && !d.Klaar && (d.LeaseTot == null || d.LeaseTot < nu))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Eigenaar, eigenaar).SetProperty(d => d.LeaseTot, tot).SetProperty(d => d.Pogingen, d => d.Pogingen + 1), cancellationToken);
            if (geclaimd == 1)
            {
                return kandidaat;
            }
        }
    }
}
