using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Indexeringen.Berichten;

public sealed class IndexeringBerichtenHandler(ISocratesDb db, IGemeenteregels regels, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : IQueryHandler<IndexeringBerichten, IndexeringBerichtenView>
{
    /// <summary>Households per printed batch: one HTML document the browser prints with a page break between the letters.</summary>
    public const int PerPagina = 200;

    public async ValueTask<IndexeringBerichtenView> Handle(IndexeringBerichten query, CancellationToken cancellationToken)
    {
        var kop = await (
                from i in db.Indexeringen.AsNoTracking().Where(i => i.Id == query.Id)
                join n in db.Normensets.AsNoTracking() on i.NormensetId equals n.Id
                select new { i.Id, n.Ingangsdatum, n.Bron.Document })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        var regelsVan = db.Indexeringsregels.AsNoTracking().Where(r => r.IndexeringId == query.Id
                                                                     && (query.AanvragerId == null || r.AanvragerId == query.AanvragerId));
        var aanvragers = regelsVan.Select(r => r.AanvragerId).Distinct();
        var totaal = await aanvragers.CountAsync(cancellationToken);
        if (query.AanvragerId is not null && totaal == 0)
        {
            throw new NietGevondenException();
        }

        var nummer = Paginering.Begrens(query.Pagina);
        var ids = await aanvragers.OrderBy(a => a).Skip((nummer - 1) * PerPagina).Take(PerPagina).ToListAsync(cancellationToken);
        var rijen = (await regelsVan.Where(r => ids.Contains(r.AanvragerId)).OrderBy(r => r.Maand).ToListAsync(cancellationToken)).ToLookup(r => r.AanvragerId);
        var personen = await db.Personen.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var vandaag = DateOnly.FromDateTime(klok.GetLocalNow().DateTime);
        var instellingen = await regels.OpAsync(gebruiker.VereisteGemeente(), vandaag, cancellationToken);

        var berichten = ids.Select(id =>
        {
            var aan = Besluitgegevens.Geadresseerde(personen[id]);
            var maanden = rijen[id].Select(r => new IndexeringBerichtmaand(
                r.Maand, r.Betaald, r.Wordt.Maandbedrag, r.Nabetaling, r.TeveelBetaald, r.VakantietoeslagCorrectie)).ToList();
            return new IndexeringBericht(
                id, aan.Naam, aan.Aanhef, aan.AdresRegel1, aan.AdresRegel2, maanden, Bedrag.Som(maanden.Select(m => m.Nabetaling)),
                Bedrag.Som(maanden.Select(m => m.TeveelBetaald)), Bedrag.Som(rijen[id].Select(r => r.Afgezien)), Bedrag.Som(maanden.Select(m => m.Vakantietoeslag)));
        }).ToList();
        return new IndexeringBerichtenView(kop.Id, kop.Ingangsdatum, kop.Document, Besluitgegevens.Briefhoofd(instellingen), vandaag,
            new Pagina<IndexeringBericht>(berichten, nummer, PerPagina, totaal));
    }
}
