using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>A dwangsom a run pays (Awb 4:18): its own transfer to the aanvrager, next to the bijstand and never part of it.</summary>
public sealed record Dwangsomregel(int AanvraagId, int AanvragerId, string Naam, string? Iban, Bedrag Bedrag)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>
/// Which dwangsommen a run pays. A definitive run: those it paid (<see cref="Dwangsombetaling"/>). A proefrun: every dwangsom
/// set above € 0 before the proefrun was started and not paid by any run; making the run definitive pays exactly these, so
/// what the team lead checked is what is paid, and one set later waits for the next run (docs/overzicht.md).
/// </summary>
public static class Dwangsomregels
{
    public static async Task<IReadOnlyList<Dwangsomregel>> VanAsync(ISocratesDb db, Betaalrun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Status == BetaalrunStatus.Definitief)
        {
            return await db.Dwangsombetalingen.AsNoTracking().Where(d => d.BetaalrunId == run.Id).OrderBy(d => d.AanvraagId)
                .Select(d => new Dwangsomregel(d.AanvraagId, d.AanvragerId, d.Naam, d.Iban, d.Bedrag)).ToListAsync(cancellationToken);
        }

        var gestart = run.GestartOp;
        var rijen = await (
                from a in db.Aanvragen.AsNoTracking()
                where a.Dwangsomvaststelling.VastgesteldTijdstip != null && a.Dwangsomvaststelling.VastgesteldTijdstip <= gestart
                      && a.Dwangsomvaststelling.Bedrag > Bedrag.Nul
                      && !db.Dwangsombetalingen.Any(d => d.AanvraagId == a.Id)
                join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
                orderby a.Id
                select new { a.Id, a.AanvragerId, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Iban, a.Dwangsomvaststelling.Bedrag })
            .ToListAsync(cancellationToken);
        return [.. rijen.Select(r => new Dwangsomregel(r.Id, r.AanvragerId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Iban?.Waarde, r.Bedrag!.Value))];
    }
}
