using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>
/// Loads the chains of many households at once (a handful of set-based queries, none per household): their toekenningen,
/// the households those toekenningen were decided on, the lines of definitive runs and the months of their claims (not a
/// boete, not rejected: a proposed claim counts, docs/betalingen.md) and what indexeringen waived. Under the user's
/// municipality filter.
/// </summary>
public sealed class Ketenlader(ISocratesDb db, Huishoudenlezer lezer)
{
    public async Task<Ketens> LaadAsync(IReadOnlyCollection<int> aanvragerIds, CancellationToken cancellationToken)
    {
        if (aanvragerIds.Count == 0)
        {
            return new Ketens(new Dictionary<int, Keten>(), new Dictionary<int, Huishoudensgegevens>());
        }

        var ids = aanvragerIds.Distinct().ToList();
        var toekenningen = await db.Toekenningen.AsNoTracking()
            .Where(t => EF.Parameter(ids).Contains(t.AanvragerId) && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd))
            .OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id)
            .Select(t => new Ketentoekenning(t.Id, t.AanvraagId, t.AanvragerId, t.Ingangsdatum, t.Einddatum, t.BeeindigdOp))
            .ToListAsync(cancellationToken);
        var definitief = db.Betaalruns.Where(r => r.Status == BetaalrunStatus.Definitief).Select(r => r.Id);
        var posten = await db.Betalingen.AsNoTracking()
            .Where(b => EF.Parameter(ids).Contains(b.AanvragerId) && definitief.Contains(b.BetaalrunId))
            .OrderBy(b => b.Maand).ThenBy(b => b.Id)
            .Select(b => new
            {
                b.AanvragerId, Post = new Betaalpost
                {
                    Id = b.Id, Maand = b.Maand, Betreft = b.Betreft, Soort = b.Soort, ToekenningId = b.ToekenningId, Dagen = b.Dagen, DagenInMaand = b.DagenInMaand,
                    Bijstand = b.Bijstand, VakantietoeslagGereserveerd = b.VakantietoeslagGereserveerd, VakantietoeslagUitbetaald = b.VakantietoeslagUitbetaald,
                    Verrekend = b.Verrekend, TeBetalen = b.TeBetalen, VakantietoeslagSaldo = b.VakantietoeslagSaldo, Iban = b.Iban,
                    Signalen = b.Signalen,
                },
            })
            .ToListAsync(cancellationToken);
        var toekenningIds = toekenningen.Select(t => t.Id).ToList();
        var vorderingen = await db.Terugvorderingen.AsNoTracking()
            .Where(t => EF.Parameter(toekenningIds).Contains(t.ToekenningId) && t.Grond != Terugvorderingsgrond.Boete && t.Status != TerugvorderingStatus.Vervallen)
            .SelectMany(t => t.Maanden, (t, m) => new { t.DebiteurId, t.ToekenningId, t.Id, t.Kenmerk, m.Maand, m.Netto })
            .ToListAsync(cancellationToken);
        var indexering = await db.Indexeringsregels.AsNoTracking()
            .Where(r => r.VerwerktInBetaalrunId == null && EF.Parameter(ids).Contains(r.AanvragerId))
            .GroupBy(r => r.AanvragerId).Select(g => new { g.Key, Vanaf = g.Min(r => r.Maand) })
            .ToListAsync(cancellationToken);
        var opgaven = await db.Inkomstenopgaven.AsNoTracking()
            .Where(o => o.VerwerktInBetaalrunId == null && EF.Parameter(ids).Contains(o.AanvragerId))
            .GroupBy(o => o.AanvragerId).Select(g => new { g.Key, Vanaf = g.Min(o => o.Maand) })
            .ToListAsync(cancellationToken);
        var open = indexering.Concat(opgaven).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Min(r => r.Vanaf));
        var afgezien = (await db.Indexeringsregels.AsNoTracking()
                .Where(r => r.Afgezien > Bedrag.Nul && EF.Parameter(ids).Contains(r.AanvragerId))
                .Select(r => new { r.AanvragerId, r.Maand, r.Afgezien, r.IndexeringId })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.AanvragerId, r => new Afzienpost(r.Maand, r.Afgezien, r.IndexeringId));
        var aanvragerVan = toekenningen.ToDictionary(t => t.Id, t => t.AanvragerId);
        var huishoudens = await lezer.LeesAsync([.. toekenningen.Select(t => t.AanvraagId).Distinct()], cancellationToken);
        var perToekenning = toekenningen.ToLookup(t => t.AanvragerId);
        var postenPer = posten.ToLookup(p => p.AanvragerId, p => p.Post);
        var vorderingenPer = vorderingen.ToLookup(v => aanvragerVan[v.ToekenningId], v => new Vorderingspost(v.Maand, v.Netto, v.Id, v.Kenmerk));
        return new Ketens(
            ids.ToDictionary(a => a, a => new Keten(a, [.. perToekenning[a]], [.. postenPer[a]], [.. vorderingenPer[a].OrderBy(v => v.Maand)],
                open.TryGetValue(a, out var vanaf) ? vanaf : null, [.. afgezien[a]])), huishoudens);
    }
}
