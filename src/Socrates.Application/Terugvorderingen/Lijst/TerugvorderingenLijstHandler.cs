using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>One query for the rows (joined to the debtor's name), one for the count.</summary>
public sealed class TerugvorderingenLijstHandler(ISocratesDb db) : IQueryHandler<TerugvorderingenLijst, Pagina<TerugvorderingRegelView>>
{
    public async ValueTask<Pagina<TerugvorderingRegelView>> Handle(TerugvorderingenLijst query, CancellationToken cancellationToken)
    {
        var nummer = Paginering.Begrens(query.Pagina);
        var vorderingen = db.Terugvorderingen.AsNoTracking();
        vorderingen = query.Filter switch
        {
            TerugvorderingFilter.Open => vorderingen.Where(t => t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering),
            TerugvorderingFilter.Voorgesteld => vorderingen.Where(t => t.Status == TerugvorderingStatus.Voorgesteld || t.AfzienBedrag != null),
            TerugvorderingFilter.Afgesloten => vorderingen.Where(t => t.Status == TerugvorderingStatus.Afgelost || t.Status == TerugvorderingStatus.Kwijtgescholden
                                                                    || t.Status == TerugvorderingStatus.Oninbaar || t.Status == TerugvorderingStatus.Vervallen),
            _ => vorderingen,
        };
        if (query.DebiteurId is { } debiteur)
        {
            vorderingen = vorderingen.Where(t => t.DebiteurId == debiteur);
        }

        if (NaamOfBsn.Lees(query.Zoekterm) is { } zoek)
        {
            var debiteuren = zoek.PersoonIds(db.Personen.AsNoTracking());
            vorderingen = vorderingen.Where(t => debiteuren.Contains(t.DebiteurId));
        }

        var totaal = await vorderingen.CountAsync(cancellationToken);
        var rijen = await vorderingen
            .OrderByDescending(t => t.Id)
            .Skip((nummer - 1) * Paginering.StandaardGrootte).Take(Paginering.StandaardGrootte)
            .Join(db.Personen, t => t.DebiteurId, p => p.Id, (t, p) => new
            {
                t.Id, t.DebiteurId, p.Voornamen, p.Voorvoegsel, p.Achternaam, t.Grond, t.Status, t.VoorgesteldOp, t.Totaal, t.Saldo, t.Verjaringsdatum,
                Afzien = t.AfzienBedrag != null,
            })
            .ToListAsync(cancellationToken);
        return new Pagina<TerugvorderingRegelView>(
            [.. rijen.Select(r => new TerugvorderingRegelView(r.Id, r.DebiteurId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Grond, r.Status,
                r.VoorgesteldOp, r.Totaal, r.Saldo, r.Verjaringsdatum, r.Afzien))],
            nummer, Paginering.StandaardGrootte, totaal);
    }
}
