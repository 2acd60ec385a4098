using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betaalruns.Uitvoeren;

public sealed class BetaalrunAfrondenHandler(ISocratesDb db) : ICommandHandler<BetaalrunAfronden, bool>
{
    public async ValueTask<bool> Handle(BetaalrunAfronden command, CancellationToken cancellationToken)
    {
        var run = await db.Betaalruns.SingleOrDefaultAsync(r => r.Id == command.BetaalrunId, cancellationToken) ?? throw new NietGevondenException();
        if (await db.BetaalrunDelen.AnyAsync(d => d.BetaalrunId == run.Id && !d.Klaar, cancellationToken))
        {
            return false;
        }

        if (run.Status == BetaalrunStatus.Berekenen)
        {
            run.Berekend(await db.TotalenVanAsync(run.Id, cancellationToken));
        }

        return true;
    }
}
