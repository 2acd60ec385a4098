using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>
/// Per household the months the betaalrun of a month holds back or pays as a voorschot (<see cref="Aanhouding"/>,
/// docs/inkomsten.md): four set-based queries for all households at once, only for those with a running opschorting or an
/// opgaveplicht.
/// </summary>
public sealed class Aanhoudingslezer(ISocratesDb db)
{
    /// <param name="aanvragers">The households, by aanvrager.</param>
    /// <param name="maand">The run month: months up to it are looked at, as far back as a look-back can reach.</param>
    /// <param name="verrekening">The gemeente's rule in the month: <see cref="Inkomstenverrekening.NaOpgave"/> holds a month without its opgave,
    /// <see cref="Inkomstenverrekening.Voorschot"/> pays it as a voorschot.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<IReadOnlyDictionary<int, Aanhouding>> LeesAsync(
        IReadOnlyCollection<int> aanvragers, DateOnly maand, Inkomstenverrekening verrekening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aanvragers);
        if (aanvragers.Count == 0)
        {
            return new Dictionary<int, Aanhouding>();
        }

        var ids = aanvragers.ToList();
        var opgeschort = (await db.Opschortingen.AsNoTracking()
                .Where(o => o.Status == OpschortingStatus.Opgeschort && EF.Parameter(ids).Contains(o.AanvragerId))
                .Select(o => new { o.AanvragerId, o.Maand }).ToListAsync(cancellationToken))
            .GroupBy(o => o.AanvragerId).ToDictionary(g => g.Key, g => g.Min(o => o.Maand));
        var zonderOpgave = await ZonderOpgaveAsync(ids, maand, cancellationToken);
        var voorschot = verrekening == Inkomstenverrekening.Voorschot;
        var uit = new Dictionary<int, Aanhouding>();
        foreach (var aanvrager in opgeschort.Keys.Concat(zonderOpgave.Keys).Distinct())
        {
            uit[aanvrager] = new Aanhouding(
                opgeschort.TryGetValue(aanvrager, out var vanaf) ? vanaf : null,
                zonderOpgave.TryGetValue(aanvrager, out var maanden) ? maanden : new HashSet<DateOnly>(), voorschot);
        }

        return uit;
    }

    /// <summary>Per household with an opgaveplicht the months of it up to <paramref name="maand"/> it had bijstand in and no opgave for.</summary>
    private async Task<Dictionary<int, HashSet<DateOnly>>> ZonderOpgaveAsync(List<int> ids, DateOnly maand, CancellationToken cancellationToken)
    {
        var plichten = await db.Opgaveplichten.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.AanvragerId) && p.Vanaf <= maand)
            .ToListAsync(cancellationToken);
        if (plichten.Count == 0)
        {
            return [];
        }

        var metPlicht = plichten.Select(p => p.AanvragerId).ToList();
        var vroegste = maand.AddMonths(-Herberekening.MaximumMaanden);
        var toekenningen = (await db.Toekenningen.AsNoTracking()
                .Where(t => EF.Parameter(metPlicht).Contains(t.AanvragerId)
                            && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd))
                .Select(t => new { t.AanvragerId, t.Ingangsdatum, t.Einddatum }).ToListAsync(cancellationToken))
            .ToLookup(t => t.AanvragerId);
        var opgaven = (await db.Inkomstenopgaven.AsNoTracking()
                .Where(o => EF.Parameter(metPlicht).Contains(o.AanvragerId) && !o.Vervangen && o.Maand >= vroegste && o.Maand <= maand)
                .Select(o => new { o.AanvragerId, o.Maand }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(o => o.AanvragerId, o => o.Maand);
        var uit = new Dictionary<int, HashSet<DateOnly>>();
        foreach (var plicht in plichten)
        {
            var ingeleverd = opgaven[plicht.AanvragerId].ToHashSet();
            var maanden = new HashSet<DateOnly>();
            for (var m = plicht.Vanaf > vroegste ? plicht.Vanaf : vroegste; m <= maand && plicht.Omvat(m); m = m.AddMonths(1))
            {
                var einde = m.AddMonths(1).AddDays(-1);
                if (!ingeleverd.Contains(m) && toekenningen[plicht.AanvragerId].Any(t => t.Ingangsdatum <= einde && (t.Einddatum is not { } e || e >= m)))
                {
                    maanden.Add(m);
                }
            }

            if (maanden.Count > 0)
            {
                uit[plicht.AanvragerId] = maanden;
            }
        }

        return uit;
    }
}
