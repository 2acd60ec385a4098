using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Personen;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>One query for the rows (joined to the aanvrager's name), one for the count.</summary>
public sealed class ToekenningenLijstHandler(ISocratesDb db) : IQueryHandler<ToekenningenLijst, Pagina<ToekenningRegelView>>
{
    public async ValueTask<Pagina<ToekenningRegelView>> Handle(ToekenningenLijst query, CancellationToken cancellationToken)
    {
        var nummer = Paginering.Begrens(query.Pagina);
        var toekenningen = db.Toekenningen.AsNoTracking();
        if (query.Status is { } status)
        {
            toekenningen = toekenningen.Where(t => t.Status == status);
        }

        if (NaamOfBsn.Lees(query.Zoekterm) is { } zoek)
        {
            var aanvragers = zoek.PersoonIds(db.Personen.AsNoTracking());
            toekenningen = toekenningen.Where(t => aanvragers.Contains(t.AanvragerId));
        }

        var totaal = await toekenningen.CountAsync(cancellationToken);
        var rijen = await toekenningen
            .OrderByDescending(t => t.Ingangsdatum).ThenByDescending(t => t.Id)
            .Skip((nummer - 1) * Paginering.StandaardGrootte).Take(Paginering.StandaardGrootte)
            .Join(db.Personen, t => t.AanvragerId, p => p.Id, (t, p) => new
            {
                t.Id, t.AanvraagId, p.Voornamen, p.Voorvoegsel, p.Achternaam, t.Ingangsdatum, t.Einddatum, t.Status, t.TeBetalen, t.Kostendelers,
            })
            .ToListAsync(cancellationToken);
        var items = rijen
            .Select(r => new ToekenningRegelView(
                r.Id, r.AanvraagId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Ingangsdatum, r.Einddatum, r.Status, r.TeBetalen, r.Kostendelers))
            .ToList();
        return new Pagina<ToekenningRegelView>(items, nummer, Paginering.StandaardGrootte, totaal);
    }
}
