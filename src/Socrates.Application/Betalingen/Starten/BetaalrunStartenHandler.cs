using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betalingen.Starten;

public sealed class BetaalrunStartenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<BetaalrunStarten, int>
{
    public const string Opdrachtregel = "opdrachtregel";

    public async ValueTask<int> Handle(BetaalrunStarten command, CancellationToken cancellationToken)
    {
        if (gebruiker.Id is not null && !gebruiker.HeeftRol(Rol.Teamleider))
        {
            throw new DomeinregelException("Alleen een teamleider start een betaalrun.");
        }

        Maandnotatie.ProbeerLees(command.Maand, out var maand);
        var door = gebruiker.Id ?? Opdrachtregel;
        var nu = klok.GetUtcNow().UtcDateTime;
        var run = await db.Betaalruns.SingleOrDefaultAsync(r => r.Maand == maand, cancellationToken);
        if (run is null)
        {
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

        var ids = await db.Toekenningen.AsNoTracking().TeBetalenIn(maand).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var delen = ids.Chunk(command.Deelgrootte).Select((deel, i) => new BetaalrunDeel(run.Id, i + 1, deel[0], deel[^1])).ToList();
        db.BetaalrunDelen.AddRange(delen);
        run.DelenVastgesteld(delen.Count);
        if (delen.Count == 0)
        {
            run.Berekend();
        }

        return run.Id;
    }
}
