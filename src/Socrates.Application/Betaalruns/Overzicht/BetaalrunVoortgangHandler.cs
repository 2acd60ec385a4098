using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Overzicht;

public sealed class BetaalrunVoortgangHandler(ISocratesDb db) : IQueryHandler<BetaalrunVoortgang, BetaalrunVoortgangView?>
{
    public async ValueTask<BetaalrunVoortgangView?> Handle(BetaalrunVoortgang query, CancellationToken cancellationToken)
    {
        if (!Maand.ProbeerLees(query.Maand, out var gelezen))
        {
            return null;
        }

        var run = await db.Betaalruns.AsNoTracking().Where(r => r.Maand == gelezen.Eerste).Select(r => new { r.Id, r.Status, r.AantalDelen })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var klaar = await db.BetaalrunDelen.CountAsync(d => d.BetaalrunId == run.Id && d.Klaar, cancellationToken);
        return new BetaalrunVoortgangView(run.Status.ToString(), klaar, run.AantalDelen);
    }
}
