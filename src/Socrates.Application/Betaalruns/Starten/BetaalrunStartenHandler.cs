using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Starten;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Starten;

public sealed class BetaalrunStartenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<BetaalrunStarten, int>
{
    public async ValueTask<int> Handle(BetaalrunStarten command, CancellationToken cancellationToken)
    {
        var maand = Maand.Lees(command.Maand!).Eerste;
        var door = gebruiker.Id ?? gebruiker.Weergavenaam;      // a system identity (the benchmark) by its name: never a person's id
        var nu = klok.GetUtcNow().UtcDateTime;
        var run = await db.Betaalruns.SingleOrDefaultAsync(r => r.Maand == maand, cancellationToken);
        if (run is not { Status: BetaalrunStatus.Definitief }
            && await Indexeringsbehoefte.WachtendAsync(db, gebruiker.VereisteGemeente(), maand, null, cancellationToken) is { } wacht)
        {
            throw new DomeinregelException(wacht);                  // docs/normen.md: the paid months are recalculated first
        }

        if (run is null)
        {
            await Volgorde.ControleerAsync(db, gebruiker.VereisteGemeente(), maand, cancellationToken);
            run = Betaalrun.Starten(gebruiker.VereisteGemeente(), maand, door, nu);
            db.Betaalruns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (run.Status == BetaalrunStatus.Definitief)
        {
            run.Opnieuw(door, nu);                                  // refuses: a definitive month pays nobody again
        }
        else if (run.Status == BetaalrunStatus.Berekenen && !command.Opnieuw)
        {
            return run.Id;                                          // resume: the parts left open are claimed by the workers
        }
        else if (run.Status == BetaalrunStatus.Proef && !command.Opnieuw)
        {
            return run.Id;
        }
        else
        {
            run.Opnieuw(door, nu);
            await db.Betalingen.Where(b => b.BetaalrunId == run.Id).ExecuteDeleteAsync(cancellationToken);
            await db.BetalingVerrekeningen.Where(b => b.BetaalrunId == run.Id).ExecuteDeleteAsync(cancellationToken);
            await db.BetaalrunDelen.Where(d => d.BetaalrunId == run.Id).ExecuteDeleteAsync(cancellationToken);
        }

        // The parts together cover every toekenning id (the first from 1, the last to the highest id there can be), so the
        // anchor of a household that ended, which is not paid this month, also lies in exactly one part (docs/betalingen.md).
        var ids = await db.Toekenningen.AsNoTracking().TeBetalenIn(maand).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var grenzen = ids.Chunk(command.Deelgrootte).Select(deel => deel[^1]).ToList();
        var delen = grenzen.Select((tot, i) => new BetaalrunDeel(run.Id, i + 1, i == 0 ? 1 : grenzen[i - 1] + 1, i == grenzen.Count - 1 ? int.MaxValue : tot))
            .DefaultIfEmpty(new BetaalrunDeel(run.Id, 1, 1, int.MaxValue)).ToList();
        db.BetaalrunDelen.AddRange(delen);
        run.DelenVastgesteld(delen.Count);
        return run.Id;
    }
}
