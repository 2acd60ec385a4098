using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Starten;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.DefinitiefMaken;

public sealed class BetaalrunDefinitiefMakenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<BetaalrunDefinitiefMaken>
{
    public async ValueTask<Unit> Handle(BetaalrunDefinitiefMaken command, CancellationToken cancellationToken)
    {
        var door = gebruiker.VereistePersoon();
        var maand = Maand.Lees(command.Maand!).Eerste;
        var run = await db.RunVanAsync(maand, cancellationToken);
        db.Entry(run).Property(r => r.Versie).OriginalValue = command.Versie;
        var nu = klok.GetUtcNow().UtcDateTime;
        if (await Indexeringsbehoefte.WachtendAsync(db, run.Gemeente, maand, run.GestartOp, cancellationToken) is { } wacht)
        {
            throw new DomeinregelException(wacht);
        }

        // The dwangsommen the proefrun showed are read before the run turns definitive (a definitive run reads what it paid).
        var dwangsommen = await Dwangsomregels.VanAsync(db, run, cancellationToken);
        var terugbetalingen = await Terugbetalingsregels.VanAsync(db, run, cancellationToken);
        var proceskosten = await Proceskostenregels.VanAsync(db, run, cancellationToken);
        run.DefinitiefMaken(door, nu, await db.TotalenVanAsync(run.Id, cancellationToken));

        // Each becomes its own payment, once: the unique key on the aanvraag refuses a second (docs/overzicht.md). Not bijstand:
        // no Betaling line, so no month of the household's ledger and no income.
        foreach (var d in dwangsommen)
        {
            db.Dwangsombetalingen.Add(new Dwangsombetaling(run.Gemeente, run.Id, d.AanvraagId, d.AanvragerId, d.Naam, d.Iban, d.Bedrag));
        }

        await TerugbetalenAsync(run, terugbetalingen, door, nu, cancellationToken);
        foreach (var p in proceskosten)
        {
            db.Proceskostenbetalingen.Add(new Proceskostenbetaling(run.Gemeente, run.Id, p.BezwaarId, p.Kenmerk, p.PersoonId, p.Naam, p.Iban, p.Bedrag));
        }

        // The households this run looked back on have had the nabetaling of every indexering they waited for: the run paid
        // the ledger's difference on the new figures for each of its months (docs/normen.md).
        var betaald = db.Betalingen.Where(b => b.BetaalrunId == run.Id).Select(b => b.AanvragerId);
        await db.Indexeringsregels.Where(r => r.VerwerktInBetaalrunId == null && betaald.Contains(r.AanvragerId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.VerwerktInBetaalrunId, (int?)run.Id), cancellationToken);

        // Likewise the inkomstenopgaven it counted: those registered before the proefrun was computed, for the run's month or
        // an earlier one it looked back on. One registered since waits for the next run, which looks back on its month.
        await db.Inkomstenopgaven.Where(o => o.VerwerktInBetaalrunId == null && o.Maand <= maand && o.GeregistreerdOp <= run.GestartOp
                                             && betaald.Contains(o.AanvragerId))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.VerwerktInBetaalrunId, (int?)run.Id), cancellationToken);

        // The verrekeningen of the proefrun go on the ledgers now; a claim changed since refuses (the domain checks once per month and the saldo).
        var posten = await db.BetalingVerrekeningen.AsNoTracking().Where(v => v.BetaalrunId == run.Id).ToListAsync(cancellationToken);
        var ids = posten.Select(p => p.TerugvorderingId).Distinct().ToList();
        var vorderingen = await db.Terugvorderingen.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var post in posten)
        {
            if (!vorderingen.TryGetValue(post.TerugvorderingId, out var vordering))
            {
                throw new DomeinregelException("Een terugvordering uit de proefrun bestaat niet meer: draai de proefrun opnieuw.");
            }

            try
            {
                vordering.VerrekeningBoeken(maand, post.Bedrag, door, klok.Vandaag(), nu);
            }
            catch (DomeinregelException fout)
            {
                throw new DomeinregelException($"Terugvordering {vordering.Kenmerk} is sinds de proefrun gewijzigd ({fout.Message}) Draai de proefrun opnieuw.");
            }
        }

        return Unit.Value;
    }

    /// <summary>
    /// Each tegoed is paid back as its own transfer and booked on the claim's ledger in this transaction, which brings its saldo
    /// to zero: a later run finds nothing to pay. A claim whose tegoed changed since the proefrun refuses (the domain checks).
    /// </summary>
    private async Task TerugbetalenAsync(Betaalrun run, IReadOnlyList<Terugbetalingsregel> regels, string door, DateTime nu, CancellationToken cancellationToken)
    {
        var ids = regels.Select(r => r.TerugvorderingId).ToList();
        var vorderingen = await db.Terugvorderingen.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var regel in regels)
        {
            var vordering = vorderingen[regel.TerugvorderingId];
            if (vordering.Tegoed != regel.Bedrag)
            {
                throw new DomeinregelException($"Terugvordering {regel.Kenmerk} is sinds de proefrun gewijzigd. Draai de proefrun opnieuw.");
            }

            vordering.TerugbetalingBoeken(klok.Vandaag(), regel.Bedrag, Terugbetalingsregels.Referentie(run, regel.TerugvorderingId), door, nu);
            db.Terugbetalingen.Add(new Terugbetaling(run.Gemeente, run.Id, regel.TerugvorderingId, regel.Kenmerk, regel.DebiteurId, regel.Naam, regel.Iban, regel.Bedrag));
        }
    }
}
