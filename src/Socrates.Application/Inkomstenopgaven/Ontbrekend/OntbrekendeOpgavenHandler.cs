using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Ontbrekend;

/// <summary>
/// Three queries whatever the size: the count and the page of one UNION ALL over the months whose term passed (per month the
/// households whose duty covers it, that had bijstand in it and have no opgave for it), then the page's names and opschortingen.
/// </summary>
public sealed class OntbrekendeOpgavenHandler(ISocratesDb db, IGemeenteregels regels, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : IQueryHandler<OntbrekendeOpgaven, Pagina<OntbrekendeOpgave>>
{
    public async ValueTask<Pagina<OntbrekendeOpgave>> Handle(OntbrekendeOpgaven query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var vandaag = klok.Vandaag();
        var termijn = (await regels.OpAsync(gebruiker.Gemeente ?? throw new NietGevondenException(), vandaag, cancellationToken)).OpgavetermijnDagen;
        IQueryable<Rij>? rijen = null;
        for (var i = 1; i <= OntbrekendeOpgaven.Maanden; i++)
        {
            var maand = Maand.Van(vandaag).Eerste.AddMonths(-i);
            if (maand.AddMonths(1).AddDays(termijn - 1) >= vandaag)
            {
                continue; // the term has not passed yet
            }

            var maandrijen = InMaand(maand);
            rijen = rijen is null ? maandrijen : rijen.Concat(maandrijen);
        }

        var grootte = Paginering.StandaardGrootte;
        if (rijen is null)
        {
            return new Pagina<OntbrekendeOpgave>([], 1, grootte, 0);
        }

        var totaal = await rijen.CountAsync(cancellationToken);
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), Math.Max(1, (totaal + grootte - 1) / grootte));
        var pagina = totaal == 0 ? [] : await rijen.OrderBy(r => r.Maand).ThenBy(r => r.AanvragerId)
            .Skip((nummer - 1) * grootte).Take(grootte).ToListAsync(cancellationToken);
        var toekenningIds = pagina.Select(r => r.ToekenningId).Distinct().ToList();
        var aanvragerIds = pagina.Select(r => r.AanvragerId).Distinct().ToList();
        var gegevens = await (from t in db.Toekenningen.AsNoTracking().Where(t => toekenningIds.Contains(t.Id))
                              join p in db.Personen.AsNoTracking() on t.AanvragerId equals p.Id
                              select new { t.Id, t.AanvraagId, p.Voornamen, p.Voorvoegsel, p.Achternaam })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var opschortingen = (await db.Opschortingen.AsNoTracking().Where(o => aanvragerIds.Contains(o.AanvragerId)).ToListAsync(cancellationToken))
            .ToLookup(o => (o.AanvragerId, o.Maand));
        return new Pagina<OntbrekendeOpgave>(
            [.. pagina.Select(r =>
            {
                var g = gegevens[r.ToekenningId];
                var uiterlijk = r.Maand.AddMonths(1).AddDays(termijn - 1);
                var o = opschortingen[(r.AanvragerId, r.Maand)].OrderByDescending(o => o.Id).FirstOrDefault();
                return new OntbrekendeOpgave(r.ToekenningId, g.AanvraagId, Persoon.Volledig(g.Voornamen, g.Voorvoegsel, g.Achternaam), r.Maand, uiterlijk,
                    vandaag.DayNumber - uiterlijk.DayNumber,
                    o is null ? null : new OntbrekendeOpschorting(o.Id, o.Status, o.BesluitOp, o.HerstelUiterlijk, o.TermijnVerstreken(vandaag)));
            })],
            nummer, grootte, totaal);
    }

    /// <summary>The households whose duty covers <paramref name="maand"/>, with bijstand in it and no opgave for it; their latest toekenning of the month.</summary>
    private IQueryable<Rij> InMaand(DateOnly maand)
    {
        var einde = maand.AddMonths(1).AddDays(-1);
        return from p in db.Opgaveplichten.AsNoTracking()
               where p.Vanaf <= maand && (p.Tot == null || p.Tot >= maand)
                     && !db.Inkomstenopgaven.Any(o => o.AanvragerId == p.AanvragerId && o.Maand == maand && !o.Vervangen)
               let toekenning = db.Toekenningen
                   .Where(t => t.AanvragerId == p.AanvragerId && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd)
                               && t.Ingangsdatum <= einde && (t.Einddatum == null || t.Einddatum >= maand))
                   .Max(t => (int?)t.Id)
               where toekenning != null
               select new Rij { AanvragerId = p.AanvragerId, ToekenningId = toekenning.Value, Maand = maand };
    }

    /// <summary>A member-initialised row (not a constructor): EF Core can only UNION a projection it translates.</summary>
    private sealed class Rij
    {
        public int AanvragerId { get; init; }

        public int ToekenningId { get; init; }

        public DateOnly Maand { get; init; }
    }
}
