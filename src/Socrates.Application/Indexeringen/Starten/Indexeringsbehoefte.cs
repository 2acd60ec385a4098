using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Indexeringen;
using Socrates.Domain.Normen;

namespace Socrates.Application.Indexeringen.Starten;

/// <summary>
/// Which approved normensets the user's gemeente still has to recalculate its paid months on (docs/normen.md): a set a
/// Normbeheerder approved after a definitive run paid a month on or after its ingangsdatum, and no indexering of that set
/// exists yet. The months: from the set's ingangsdatum (never before the overgangsmaand) up to the last month a run made
/// definitive before the approval paid; later runs were computed on the set (a proefrun computed before the approval cannot
/// be made definitive, <see cref="WachtendAsync"/>). The sets the system seeded from the old code tables need none.
/// </summary>
public static class Indexeringsbehoefte
{
    public sealed record Behoefte(int NormensetId, DateOnly Ingangsdatum, DateOnly Van, DateOnly Tot);

    public static async Task<IReadOnlyList<Behoefte>> BepaalAsync(ISocratesDb db, GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runs = await db.Betaalruns.AsNoTracking().Where(r => r.Status == BetaalrunStatus.Definitief)
            .Select(r => new { r.Maand, r.DefinitiefOp }).ToListAsync(cancellationToken);
        if (runs.Count == 0)
        {
            return [];
        }

        var overgang = await db.Gemeenten.AsNoTracking().Where(g => g.Code == gemeente).Select(g => g.Overgangsmaand).SingleAsync(cancellationToken);
        var bestaand = (await db.Indexeringen.AsNoTracking().Select(i => i.NormensetId).ToListAsync(cancellationToken)).ToHashSet();
        var sets = await db.Normensets.AsNoTracking()
            .Where(n => n.Status == NormensetStatus.Goedgekeurd && n.VoorgesteldDoorId != Normenset.Systeem)
            .OrderBy(n => n.Ingangsdatum).Select(n => new { n.Id, n.Ingangsdatum, n.BeoordeeldOp }).ToListAsync(cancellationToken);
        var uit = new List<Behoefte>();
        foreach (var set in sets.Where(s => !bestaand.Contains(s.Id)))
        {
            var van = new[] { Maand.Van(set.Ingangsdatum).Eerste, overgang ?? DateOnly.MinValue }.Max();
            var betaald = runs.Where(r => r.DefinitiefOp <= set.BeoordeeldOp).Select(r => (DateOnly?)r.Maand).Max();
            if (betaald is { } tot && tot >= van)
            {
                uit.Add(new Behoefte(set.Id, set.Ingangsdatum, van, tot));
            }
        }

        return uit;
    }

    /// <summary>
    /// Why a betaalrun of the gemeente for <paramref name="maand"/> may not start or be made definitive now, or null: an
    /// indexering is still to start or to finish, or (for a proefrun computed at <paramref name="berekendOp"/>) a set that
    /// concerns the month was approved after the proefrun was computed.
    /// </summary>
    public static async Task<string?> WachtendAsync(ISocratesDb db, GemeenteCode gemeente, DateOnly maand, DateTime? berekendOp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Indexeringen.AsNoTracking().AnyAsync(i => i.Status == IndexeringStatus.Berekenen, cancellationToken)
            || (await BepaalAsync(db, gemeente, cancellationToken)).Count > 0)
        {
            return "De landelijke normen zijn gewijzigd en de herberekening van de betaalde maanden (indexering) is nog niet klaar. "
                   + "Start de betaalrun als de indexering klaar is.";
        }

        if (berekendOp is { } op && await db.Normensets.AsNoTracking().AnyAsync(
                n => n.Status == NormensetStatus.Goedgekeurd && n.VoorgesteldDoorId != Normenset.Systeem && n.BeoordeeldOp > op
                     && n.Ingangsdatum <= Maand.Van(maand).Laatste, cancellationToken))
        {
            return "De landelijke normen zijn gewijzigd nadat deze proefrun is berekend: draai de proefrun opnieuw.";
        }

        return null;
    }
}
