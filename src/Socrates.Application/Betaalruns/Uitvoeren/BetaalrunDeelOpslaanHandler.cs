using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Uitvoeren;

public sealed class BetaalrunDeelOpslaanHandler(ISocratesDb db, IBetalingenSchrijver schrijver) : ICommandHandler<BetaalrunDeelOpslaan>
{
    public async ValueTask<Unit> Handle(BetaalrunDeelOpslaan command, CancellationToken cancellationToken)
    {
        var run = await db.Betaalruns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.BetaalrunId, cancellationToken)
            ?? throw new NietGevondenException();
        if (run.Status != BetaalrunStatus.Berekenen)
        {
            throw new DomeinregelException("Deze betaalrun wordt niet meer berekend.");
        }

        var deel = await db.BetaalrunDelen.AsNoTracking().SingleAsync(d => d.Id == command.DeelId && d.BetaalrunId == run.Id, cancellationToken);

        // A part a stopped worker half wrote never committed; these deletes only matter when a run was computed before.
        await db.Betalingen.Where(b => b.BetaalrunId == run.Id && b.ToekenningId >= deel.VanToekenningId && b.ToekenningId <= deel.TotToekenningId)
            .ExecuteDeleteAsync(cancellationToken);
        await db.BetalingVerrekeningen.Where(b => b.BetaalrunId == run.Id && b.ToekenningId >= deel.VanToekenningId && b.ToekenningId <= deel.TotToekenningId)
            .ExecuteDeleteAsync(cancellationToken);
        var betalingen = command.Regels.Select(r => new Betaling(r, run.Gemeente, run.Id, run.Maand)).ToList();
        var verrekeningen = command.Regels
            .SelectMany(r => r.Verrekeningen.Select(v => new BetalingVerrekening(run.Gemeente, run.Id, run.Maand, r.ToekenningId, v.TerugvorderingId, v.Bedrag)))
            .ToList();
        await schrijver.SchrijfAsync(betalingen, verrekeningen, cancellationToken);

        var afgerond = await db.BetaalrunDelen
            .Where(d => d.Id == deel.Id && d.Eigenaar == command.Eigenaar && !d.Klaar)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Klaar, true).SetProperty(d => d.LeaseTot, (DateTime?)null), cancellationToken);
        if (afgerond == 0)
        {
            throw new DomeinregelException("Dit deel van de betaalrun is intussen door een andere verwerker overgenomen.");
        }

        return Unit.Value;
    }
}
