using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>A tegoed a run pays back: the part of a terugvordering's saldo below zero, its own transfer to the debtor.</summary>
public sealed record Terugbetalingsregel(int TerugvorderingId, string Kenmerk, int DebiteurId, string Naam, string? Iban, Bedrag Bedrag)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>
/// Which tegoeden a run pays back. A definitive run: those it paid (<see cref="Terugbetaling"/>). A proefrun: every claim whose
/// saldo is below zero and whose ledger has not moved since the proefrun was started, the whole tegoed; making the run
/// definitive pays exactly these, so what the team lead checked is what is paid. A claim booked on since waits for the next
/// run, which reads its ledger again (docs/terugvordering.md).
/// </summary>
public static class Terugbetalingsregels
{
    public static async Task<IReadOnlyList<Terugbetalingsregel>> VanAsync(ISocratesDb db, Betaalrun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Status == BetaalrunStatus.Definitief)
        {
            return await db.Terugbetalingen.AsNoTracking().Where(t => t.BetaalrunId == run.Id).OrderBy(t => t.TerugvorderingId)
                .Select(t => new Terugbetalingsregel(t.TerugvorderingId, t.Kenmerk, t.DebiteurId, t.Naam, t.Iban, t.Bedrag)).ToListAsync(cancellationToken);
        }

        var gestart = run.GestartOp;
        var rijen = await (
                from t in Open(db).AsNoTracking()
                where t.Gemeente == run.Gemeente && !t.Mutaties.Any(m => m.GeboektOp > gestart)
                join p in db.Personen.AsNoTracking() on t.DebiteurId equals p.Id
                orderby t.Id
                select new { t.Id, t.Kenmerk, t.DebiteurId, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Iban, t.Saldo })
            .ToListAsync(cancellationToken);
        return [.. rijen.Select(r => new Terugbetalingsregel(r.Id, r.Kenmerk ?? "", r.DebiteurId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Iban?.Waarde, -r.Saldo))];
    }

    /// <summary>The end-to-end reference of the transfer, also on the ledger movement: TRB, the run's month, T and the claim.</summary>
    public static string Referentie(Betaalrun run, int terugvorderingId)
    {
        ArgumentNullException.ThrowIfNull(run);
        return string.Create(CultureInfo.InvariantCulture, $"TRB{run.Maand:yyyyMM}T{terugvorderingId}");
    }

    /// <summary>The claims with a tegoed: a decided claim whose saldo is below zero.</summary>
    public static IQueryable<Terugvordering> Open(ISocratesDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Terugvorderingen.Where(t => t.Saldo < Bedrag.Nul
                                              && t.Status != TerugvorderingStatus.Voorgesteld && t.Status != TerugvorderingStatus.Vervallen);
    }
}
