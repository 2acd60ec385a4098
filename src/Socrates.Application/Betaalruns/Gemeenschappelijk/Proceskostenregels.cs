using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>Proceskosten a run pays (Awb 7:15 lid 2): their own transfer to the belanghebbende, next to the bijstand.</summary>
public sealed record Proceskostenregel(int BezwaarId, string Kenmerk, int PersoonId, string Naam, string? Iban, Bedrag Bedrag)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>
/// Which proceskosten a run pays. A definitive run: those it paid (<see cref="Proceskostenbetaling"/>). A proefrun: the
/// proceskosten above € 0 of every beslissing op bezwaar taken before the day the proefrun was started and not paid by any
/// run; making the run definitive pays exactly these, and a beslissing taken on the day of the proefrun or later waits for
/// the next run (docs/bezwaar.md).
/// </summary>
public static class Proceskostenregels
{
    public static async Task<IReadOnlyList<Proceskostenregel>> VanAsync(ISocratesDb db, Betaalrun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Status == BetaalrunStatus.Definitief)
        {
            return await db.Proceskostenbetalingen.AsNoTracking().Where(p => p.BetaalrunId == run.Id).OrderBy(p => p.BezwaarId)
                .Select(p => new Proceskostenregel(p.BezwaarId, p.Kenmerk, p.PersoonId, p.Naam, p.Iban, p.Bedrag)).ToListAsync(cancellationToken);
        }

        var dag = DateOnly.FromDateTime(run.GestartOp);
        var rijen = await (
                from b in db.Bezwaren.AsNoTracking()
                where b.Gemeente == run.Gemeente && b.BeslistOp != null && b.BeslistOp < dag && b.Proceskosten > Bedrag.Nul
                      && !db.Proceskostenbetalingen.Any(p => p.BezwaarId == b.Id)
                join p in db.Personen.AsNoTracking() on b.PersoonId equals p.Id
                orderby b.Id
                select new { b.Id, b.Kenmerk, b.PersoonId, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Iban, b.Proceskosten })
            .ToListAsync(cancellationToken);
        return [.. rijen.Select(r => new Proceskostenregel(r.Id, r.Kenmerk ?? "", r.PersoonId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Iban?.Waarde, r.Proceskosten!.Value))];
    }

    /// <summary>The end-to-end reference of the transfer: PKB, the run's month, B and the bezwaar.</summary>
    public static string Referentie(Betaalrun run, int bezwaarId)
    {
        ArgumentNullException.ThrowIfNull(run);
        return string.Create(CultureInfo.InvariantCulture, $"PKB{run.Maand:yyyyMM}B{bezwaarId}");
    }
}
