using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Personen;

namespace Socrates.Application.Indexeringen.Rapport;

public sealed class IndexeringRapportHandler(ISocratesDb db)
    : IQueryHandler<IndexeringRapport, IndexeringRapportView>
{
    public async ValueTask<IndexeringRapportView> Handle(IndexeringRapport query, CancellationToken cancellationToken)
    {
        var kop = await (
                from i in db.Indexeringen.AsNoTracking().Where(i => i.Id == query.Id)
                join n in db.Normensets.AsNoTracking() on i.NormensetId equals n.Id
                select new { i.Id, n.Ingangsdatum, n.Bron.Document, i.VanMaand, i.TotMaand, i.Status })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        var rijen = await db.Indexeringsregels.AsNoTracking().Where(r => r.IndexeringId == query.Id)
            .Select(r => new { r.AanvragerId, r.Maand, r.Nabetaling, r.TeveelBetaald, r.Afgezien, r.VakantietoeslagCorrectie, r.WasBijstand, r.WordtBijstand, r.VerwerktInBetaalrunId })
            .ToListAsync(cancellationToken);
        var perHuishouden = rijen.GroupBy(r => r.AanvragerId).Select(g => new Telling(
            g.Key, g.Count(), Bedrag.Som(g.Select(r => r.Nabetaling)), Bedrag.Som(g.Select(r => r.TeveelBetaald)), g.All(r => r.VerwerktInBetaalrunId is not null),
            g.Any(r => r.WasBijstand == Bedrag.Nul && r.WordtBijstand > Bedrag.Nul), g.Any(r => r.WasBijstand > Bedrag.Nul && r.WordtBijstand == Bedrag.Nul)))
            .ToList();
        var grootste = perHuishouden.OrderByDescending(h => h.Nabetaling).ThenBy(h => h.AanvragerId).Take(10).ToList();
        var ontstaat = perHuishouden.Where(h => h.Ontstaat).OrderBy(h => h.AanvragerId).Take(100).ToList();
        var vervalt = perHuishouden.Where(h => h.Vervalt).OrderBy(h => h.AanvragerId).Take(100).ToList();
        var ids = grootste.Concat(ontstaat).Concat(vervalt).Select(h => h.AanvragerId).Distinct().ToList();
        var namen = await db.Personen.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Voornamen, p.Voorvoegsel, p.Achternaam }).ToDictionaryAsync(p => p.Id, p => Persoon.Volledig(p.Voornamen, p.Voorvoegsel, p.Achternaam), cancellationToken);
        IndexeringHuishouden Huishouden(Telling h) => new(h.AanvragerId, namen.GetValueOrDefault(h.AanvragerId) ?? "", h.Maanden, h.Nabetaling, h.Teveel, h.Verwerkt);

        return new IndexeringRapportView(
            kop.Id, kop.Ingangsdatum, kop.Document, kop.VanMaand, kop.TotMaand, kop.Status, perHuishouden.Count, perHuishouden.Count(h => !h.Verwerkt),
            Bedrag.Som(rijen.Select(r => r.Nabetaling)), Bedrag.Som(rijen.Select(r => r.TeveelBetaald)), Bedrag.Som(rijen.Select(r => r.Afgezien)), perHuishouden.Count(h => h.Teveel > Bedrag.Nul),
            Bedrag.Som(rijen.Select(r => r.VakantietoeslagCorrectie)),
            [.. rijen.GroupBy(r => r.Maand).OrderBy(g => g.Key).Select(g => new IndexeringMaandtotaal(g.Key, g.Count(), Bedrag.Som(g.Select(r => r.Nabetaling)), Bedrag.Som(g.Select(r => r.TeveelBetaald))))],
            [.. grootste.Select(h => Huishouden(h))], [.. ontstaat.Select(h => Huishouden(h))], [.. vervalt.Select(h => Huishouden(h))]);
    }

    private sealed record Telling(int AanvragerId, int Maanden, Bedrag Nabetaling, Bedrag Teveel, bool Verwerkt, bool Ontstaat, bool Vervalt);
}
