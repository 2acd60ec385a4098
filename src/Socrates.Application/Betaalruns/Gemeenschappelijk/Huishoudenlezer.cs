using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>
/// The rekenkern's view of many aanvragen at once, without materialising an <see cref="Aanvraag"/> (its six owned
/// collections cost most of the betaalrun when it did): one flat row per aanvraag with its aanvrager and partner, and each
/// child table (kinderen, medebewoners, inkomsten, bezittingen, and the aanvrager's inkomstenopgaven) in one query on the ids,
/// joined in memory. The caller passes
/// ids it already checked for its municipality: these queries look rows up by id only (see docs/performance.md).
/// </summary>
public sealed class Huishoudenlezer(ISocratesDb db)
{
    /// <summary>The households of <paramref name="aanvraagIds"/>, by aanvraag id.</summary>
    public async Task<Dictionary<int, Huishoudensgegevens>> LeesAsync(IReadOnlyCollection<int> aanvraagIds, CancellationToken cancellationToken)
    {
        if (aanvraagIds.Count == 0)
        {
            return [];
        }

        var ids = aanvraagIds.ToList();
        var rijen = await (
                from a in db.Aanvragen.IgnoreQueryFilters().Where(a => EF.Parameter(ids).Contains(a.Id))
                join p in db.Personen.IgnoreQueryFilters() on a.AanvragerId equals p.Id
                join pp in db.Personen.IgnoreQueryFilters() on a.PartnerId equals (int?)pp.Id into partners
                from pp in partners.DefaultIfEmpty()
                select new Aanvraagrij(
                    a.Id, a.Soort, a.Wijziging.BijstandSinds, a.Besluitvorming.Soort, a.Besluitvorming.Ingangsdatum, a.Schulden, a.Woonsituatie, a.WozWaarde != null, p.Geboortedatum,
                    pp == null ? null : pp.Geboortedatum))
            .AsNoTracking().ToListAsync(cancellationToken);
        var tabellen = await TabellenAsync(ids, cancellationToken);
        return rijen.ToDictionary(r => r.AanvraagId, tabellen.Gegevens);
    }

    /// <summary>
    /// The child tables of <paramref name="aanvraagIds"/>, each in one query; <see cref="Huishoudentabellen.Gegevens"/> joins
    /// them to a row. Without <paramref name="maand"/> every inkomstenopgave is read in full (a chain of many months); with it
    /// (the betaalrun of that month) only that month's, and earlier months only as <see cref="Loonmaanden"/>.
    /// </summary>
    public async Task<Huishoudentabellen> TabellenAsync(List<int> aanvraagIds, CancellationToken cancellationToken, DateOnly? maand = null)
    {
        var aanvragen = db.Aanvragen.IgnoreQueryFilters().AsNoTracking().Where(a => EF.Parameter(aanvraagIds).Contains(a.Id));
        var kinderen = (await aanvragen.SelectMany(a => a.Kinderen, (a, k) => new { a.Id, k.Geboortedatum })
            .ToListAsync(cancellationToken)).ToLookup(k => k.Id, k => k.Geboortedatum);
        var medebewoners = (await aanvragen
                .SelectMany(a => a.Medebewoners, (a, m) => new { a.Id, m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.Id, m => new Medebewoner(m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde));
        var inkomsten = (await aanvragen.SelectMany(a => a.Inkomsten, (a, i) => new { a.Id, i.Van, i.Soort, i.NettoPerMaand, i.Vanaf, i.Tot })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.Id, i => new Inkomen(i.Van, i.Soort, i.NettoPerMaand, i.Vanaf, i.Tot));
        var bezittingen = (await aanvragen.SelectMany(a => a.Bezittingen, (a, b) => new { a.Id, b.Waarde }).ToListAsync(cancellationToken))
            .GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde));
        var tellend = from a in aanvragen
                      join o in db.Inkomstenopgaven.IgnoreQueryFilters().AsNoTracking() on a.AanvragerId equals o.AanvragerId
                      where !o.Vervangen
                      select new { a.Id, Opgave = o };
        var opgaven = (await tellend.Where(r => maand == null || r.Opgave.Maand == maand)
                .Select(r => new { r.Id, r.Opgave.Maand, r.Opgave.Van, r.Opgave.Werkgever, r.Opgave.NettoLoon, r.Opgave.Vakantiegeld })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.Id, o => new Opgavebedrag(o.Maand, o.Van, o.Werkgever, o.NettoLoon, o.Vakantiegeld));
        var loonmaanden = maand is { } m ? await LoonmaandenAsync(tellend.Where(r => r.Opgave.Maand < m && r.Opgave.NettoLoon > Bedrag.Nul)
            .Select(r => new Loonmaand { AanvraagId = r.Id, Van = r.Opgave.Van, Maand = r.Opgave.Maand }), cancellationToken)
            : Enumerable.Empty<Loonmaanden>().ToLookup(_ => 0);
        return new Huishoudentabellen(kinderen, medebewoners, inkomsten, bezittingen, opgaven, loonmaanden);
    }

    /// <summary>
    /// The months with a wage as runs of months, per aanvraag: one row per aanvraag and person (first month, last month, how
    /// many months), and the months one by one only for the few whose months have a gap.
    /// </summary>
    private static async Task<ILookup<int, Loonmaanden>> LoonmaandenAsync(IQueryable<Loonmaand> maanden, CancellationToken cancellationToken)
    {
        var reeksen = await maanden.GroupBy(l => new { l.AanvraagId, l.Van }, l => l.Maand)
            .Select(g => new { g.Key.AanvraagId, g.Key.Van, Eerste = g.Min(), Laatste = g.Max(), Aantal = g.Distinct().Count() })
            .ToListAsync(cancellationToken);
        var metGat = reeksen.Where(r => r.Aantal != Loonmaanden.Aantal(r.Eerste, r.Laatste)).Select(r => r.AanvraagId).Distinct().ToList();
        var los = metGat.Count == 0 ? [] : await maanden.Where(l => EF.Parameter(metGat).Contains(l.AanvraagId))
            .Select(l => new { l.AanvraagId, l.Van, l.Maand }).Distinct().ToListAsync(cancellationToken);
        var gaten = metGat.ToHashSet();
        return reeksen.Where(r => !gaten.Contains(r.AanvraagId)).Select(r => (r.AanvraagId, new Loonmaanden(r.Van, r.Eerste, r.Laatste)))
            .Concat(los.Select(l => (l.AanvraagId, new Loonmaanden(l.Van, l.Maand, l.Maand))))
            .ToLookup(l => l.AanvraagId, l => l.Item2);
    }

    /// <summary>One month with a wage of one person of an aanvraag.</summary>
    private sealed class Loonmaand
    {
        public required int AanvraagId { get; init; }

        public required Gezinslid Van { get; init; }

        public required DateOnly Maand { get; init; }
    }
}
