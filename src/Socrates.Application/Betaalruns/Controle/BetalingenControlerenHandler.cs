using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Betaalruns.Controle;

/// <summary>
/// Computes the ledger of every household (aanvrager) with a toekenning, in blocks of <see cref="Blok"/> households (a
/// handful of queries per block, none per household), up to the later of this month and the last definitive run, and applies
/// <see cref="Grootboekcontrole"/>; also checks that each line's verrekend equals the verrekeningen booked with it.
/// </summary>
public sealed class BetalingenControlerenHandler(
    ISocratesDb db, Betaalgrootboek grootboek, AuditSchrijver audit, TimeProvider klok, Aanhoudingslezer aanhouder, IGemeenteregels regels, IHuidigeGebruiker gebruiker)
    : IQueryHandler<BetalingenControleren, ControleUitkomst>
{
    public const int Blok = 2_000;

    public async ValueTask<ControleUitkomst> Handle(BetalingenControleren query, CancellationToken cancellationToken)
    {
        audit.Schrijf(BetalingenControleren.Actie, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var stand = await grootboek.StandAsync(cancellationToken);
        var vandaag = klok.Vandaag();
        var tot = new[] { Maand.Van(vandaag).Eerste, stand.LaatsteDefinitief ?? DateOnly.MinValue }.Max();
        var aanvragers = await db.Toekenningen.AsNoTracking().Where(t => t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd)
            .Select(t => t.AanvragerId).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        var verrekening = gebruiker.Gemeente is { } gemeente ? (await regels.OpAsync(gemeente, tot, cancellationToken)).Inkomstenverrekening : default;
        var afwijkingen = new List<ControleAfwijking>();
        var (toekenningen, aantal, teVorderen, naTeBetalen) = (0, 0, (Huishoudens: 0, Bedrag: Bedrag.Nul), (Huishoudens: 0, Bedrag: Bedrag.Nul));
        foreach (var blok in aanvragers.Chunk(Blok))
        {
            var ledgers = await grootboek.LaadAsync(blok, tot, stand, cancellationToken);
            var verrekend = await VerrekendAsync(blok, cancellationToken);
            var aanhoudingen = await aanhouder.LeesAsync(blok, tot, verrekening, cancellationToken);
            foreach (var ledger in ledgers.Values)
            {
                toekenningen += ledger.Keten.Toekenningen.Count;
                var lopend = stand.LaatsteDefinitief is not { } laatste || ledger.Keten.Toekenningen.Any(t => t.Einddatum is null || t.Einddatum > Maand.Van(laatste).Laatste);
                var uitkomst = Grootboekcontrole.Controleer(ledger.Grootboek, stand.LaatsteDefinitief, ledger.WachtOpTerugblik, lopend, aanhoudingen.GetValueOrDefault(ledger.Keten.AanvragerId));
                var gevonden = uitkomst.Afwijkingen.Concat(Verrekeningscontrole(ledger.Keten, verrekend)).ToList();
                aantal += gevonden.Count;
                var aanvraag = ledger.Keten.Toekenningen.OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id).Last().AanvraagId;
                afwijkingen.AddRange(gevonden.Take(Math.Max(0, query.Maximum - afwijkingen.Count))
                    .Select(a => new ControleAfwijking(ledger.Keten.AanvragerId, aanvraag, a.Soort, a.Maand, a.ToekenningId, a.Omschrijving)));
                teVorderen = Tel(teVorderen, uitkomst.NogTeVorderen);
                naTeBetalen = Tel(naTeBetalen, uitkomst.NogNaTeBetalen);
            }
        }

        var tegoeden = await TegoedenAsync(cancellationToken);
        var gemist = tegoeden.Where(t => t.NietTerugbetaald).ToList();
        afwijkingen.AddRange(gemist.Take(Math.Max(0, query.Maximum - afwijkingen.Count)).Select(t => new ControleAfwijking(
            t.DebiteurId, t.AanvraagId, Afwijkingsoort.TegoedNietTerugbetaald, null, t.ToekenningId,
            $"Terugvordering {t.Kenmerk} heeft een tegoed van {t.Tegoed} dat de laatste definitieve betaalrun had moeten terugbetalen.")));
        return new ControleUitkomst(
            toekenningen, aanvragers.Count, tot, afwijkingen, aantal + gemist.Count, teVorderen.Huishoudens, teVorderen.Bedrag, naTeBetalen.Huishoudens, naTeBetalen.Bedrag)
        {
            VorderingenNogTerugTeBetalen = tegoeden.Count, NogTerugTeBetalen = Bedrag.Som(tegoeden.Select(t => t.Tegoed)),
        };
    }

    private sealed record Tegoedregel(int DebiteurId, int AanvraagId, int ToekenningId, string Kenmerk, Bedrag Tegoed, bool NietTerugbetaald);

    /// <summary>
    /// Afwijking 6 of docs/betalingen.md: every claim with a saldo below zero waits for the next definitive run, which pays it
    /// back; one whose ledger has not moved since the last definitive run started should have been paid back by that run.
    /// </summary>
    private async Task<List<Tegoedregel>> TegoedenAsync(CancellationToken cancellationToken)
    {
        var laatste = await db.Betaalruns.AsNoTracking().Where(r => r.Status == BetaalrunStatus.Definitief)
            .OrderByDescending(r => r.Maand).Select(r => (DateTime?)r.GestartOp).FirstOrDefaultAsync(cancellationToken);
        var rijen = await (
                from t in Terugbetalingsregels.Open(db).AsNoTracking()
                join k in db.Toekenningen.AsNoTracking() on t.ToekenningId equals k.Id
                orderby t.Id
                select new { t.DebiteurId, k.AanvraagId, t.ToekenningId, t.Kenmerk, t.Saldo, Laatst = t.Mutaties.Max(m => (DateTime?)m.GeboektOp) })
            .ToListAsync(cancellationToken);
        return [.. rijen.Select(r => new Tegoedregel(r.DebiteurId, r.AanvraagId, r.ToekenningId, r.Kenmerk ?? "", -r.Saldo, laatste is { } l && r.Laatst <= l))];
    }

    /// <summary>Per toekenning and run month, what the run's verrekeningen withheld in all.</summary>
    private async Task<Dictionary<(int ToekenningId, DateOnly Maand), Bedrag>> VerrekendAsync(IReadOnlyCollection<int> aanvragers, CancellationToken cancellationToken)
    {
        var ids = aanvragers.ToList();
        var toekenningen = db.Toekenningen.Where(t => EF.Parameter(ids).Contains(t.AanvragerId)).Select(t => t.Id);
        var definitief = db.Betaalruns.Where(r => r.Status == BetaalrunStatus.Definitief).Select(r => r.Id);
        return (await db.BetalingVerrekeningen.AsNoTracking()
                .Where(v => toekenningen.Contains(v.ToekenningId) && definitief.Contains(v.BetaalrunId))
                .Select(v => new { v.ToekenningId, v.Maand, v.Bedrag }).ToListAsync(cancellationToken))
            .GroupBy(v => (v.ToekenningId, v.Maand)).ToDictionary(g => g.Key, g => g.Aggregate(Bedrag.Nul, (som, v) => som + v.Bedrag));
    }

    /// <summary>Afwijking 2 of docs/betalingen.md: a line whose verrekend is not the sum of its verrekeningen.</summary>
    private static IEnumerable<Grootboekafwijking> Verrekeningscontrole(Keten keten, Dictionary<(int ToekenningId, DateOnly Maand), Bedrag> verrekend) =>
        keten.Posten.Where(p => p.Soort == BetalingSoort.Maandbetaling && p.Verrekend != verrekend.GetValueOrDefault((p.ToekenningId, p.Maand)))
            .Select(p => new Grootboekafwijking(Afwijkingsoort.RegelTeltNietOp, p.Betreft, p.ToekenningId,
                $"De regel van {p.Maand:MM-yyyy} verrekent {p.Verrekend}, maar de verrekeningen ervan zijn samen {verrekend.GetValueOrDefault((p.ToekenningId, p.Maand))}."));

    private static (int Huishoudens, Bedrag Bedrag) Tel((int Huishoudens, Bedrag Bedrag) telling, Bedrag bedrag) =>
        bedrag > Bedrag.Nul ? (telling.Huishoudens + 1, telling.Bedrag + bedrag) : telling;
}
