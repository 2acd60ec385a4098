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

    /// <summary>The child tables of <paramref name="aanvraagIds"/>, each in one query; <see cref="Huishoudentabellen.Gegevens"/> joins them to a row.</summary>
    public async Task<Huishoudentabellen> TabellenAsync(List<int> aanvraagIds, CancellationToken cancellationToken)
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
        var opgaven = (await (
                    from a in aanvragen
                    join o in db.Inkomstenopgaven.IgnoreQueryFilters().AsNoTracking() on a.AanvragerId equals o.AanvragerId
                    where !o.Vervangen
                    select new { a.Id, o.Maand, o.Van, o.Werkgever, o.NettoLoon, o.Vakantiegeld })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.Id, o => new Opgavebedrag(o.Maand, o.Van, o.Werkgever, o.NettoLoon, o.Vakantiegeld));
        return new Huishoudentabellen(kinderen, medebewoners, inkomsten, bezittingen, opgaven);
    }
}
