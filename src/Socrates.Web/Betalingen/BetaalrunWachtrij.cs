using System.Collections.Concurrent;
using System.Threading.Channels;
using Socrates.Domain.Gemeenten;

namespace Socrates.Web.Betalingen;

/// <summary>
/// Runs waiting for the background worker: the page that starts a proefrun only records the run and its parts and puts
/// it here, so the request returns at once. Unbounded: at most one entry per click, and a run already computed is skipped.
/// Whoever must know when this instance's worker is done with a run (a test, instead of watching the clock) awaits
/// <see cref="AfgehandeldAsync"/>.
/// </summary>
public sealed class BetaalrunWachtrij
{
    private readonly Channel<BetaalrunOpdracht> _kanaal = Channel.CreateUnbounded<BetaalrunOpdracht>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _afgehandeld = new();

    public void Plaats(int betaalrunId, GemeenteCode gemeente)
    {
        _afgehandeld.AddOrUpdate(betaalrunId, _ => Nieuw(), (_, eerder) => eerder.Task.IsCompleted ? Nieuw() : eerder);
        _kanaal.Writer.TryWrite(new BetaalrunOpdracht(betaalrunId, gemeente));
    }

    public IAsyncEnumerable<BetaalrunOpdracht> LeesAsync(CancellationToken cancellationToken) => _kanaal.Reader.ReadAllAsync(cancellationToken);

    /// <summary>
    /// Completes when the worker has handled run <paramref name="betaalrunId"/> since it was last placed (computed to the
    /// end, or given up: an error it logged, or the app stopping); asked before the run is placed, once it is placed and handled.
    /// </summary>
    public Task AfgehandeldAsync(int betaalrunId) => _afgehandeld.GetOrAdd(betaalrunId, _ => Nieuw()).Task;

    /// <summary>The worker's report that it is done with run <paramref name="betaalrunId"/>.</summary>
    public void Afgehandeld(int betaalrunId) => _afgehandeld.GetOrAdd(betaalrunId, _ => Nieuw()).TrySetResult();

    private static TaskCompletionSource Nieuw() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed record BetaalrunOpdracht(int BetaalrunId, GemeenteCode Gemeente);
