using System.Threading.Channels;
using Socrates.Domain.Gemeenten;

namespace Socrates.Web.Betalingen;

/// <summary>
/// Runs waiting for the background worker: the page that starts a proefrun only records the run and its parts and puts
/// it here, so the request returns at once. Unbounded: at most one entry per click, and a run already computed is skipped.
/// </summary>
public sealed class BetaalrunWachtrij
{
    private readonly Channel<BetaalrunOpdracht> _kanaal = Channel.CreateUnbounded<BetaalrunOpdracht>(new UnboundedChannelOptions { SingleReader = true });

    public void Plaats(int betaalrunId, GemeenteCode gemeente) => _kanaal.Writer.TryWrite(new BetaalrunOpdracht(betaalrunId, gemeente));

    public IAsyncEnumerable<BetaalrunOpdracht> LeesAsync(CancellationToken cancellationToken) => _kanaal.Reader.ReadAllAsync(cancellationToken);
}

public sealed record BetaalrunOpdracht(int BetaalrunId, GemeenteCode Gemeente);
