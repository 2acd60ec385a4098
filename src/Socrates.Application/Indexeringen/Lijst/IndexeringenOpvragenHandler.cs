using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Indexeringen.Lijst;

public sealed class IndexeringenOpvragenHandler(ISocratesDb db) : IQueryHandler<IndexeringenOpvragen, IReadOnlyList<IndexeringRij>>
{
    public async ValueTask<IReadOnlyList<IndexeringRij>> Handle(IndexeringenOpvragen query, CancellationToken cancellationToken)
    {
        var indexeringen = await (
                from i in db.Indexeringen.AsNoTracking()
                join n in db.Normensets.AsNoTracking() on i.NormensetId equals n.Id
                orderby i.GestartOp descending, i.Id descending
                select new { i.Id, n.Ingangsdatum, n.Bron.Document, i.VanMaand, i.TotMaand, i.Status, i.GestartOp, i.KlaarOp })
            .ToListAsync(cancellationToken);
        var tellingen = (await db.Indexeringsregels.AsNoTracking()
                .GroupBy(r => new { r.IndexeringId, r.AanvragerId })
                .Select(g => new { g.Key.IndexeringId, Open = g.Any(r => r.VerwerktInBetaalrunId == null) })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.IndexeringId).ToDictionary(g => g.Key, g => (Huishoudens: g.Count(), Open: g.Count(r => r.Open)));
        return [.. indexeringen.Select(i => new IndexeringRij(
            i.Id, i.Ingangsdatum, i.Document, i.VanMaand, i.TotMaand, i.Status, i.GestartOp, i.KlaarOp,
            tellingen.GetValueOrDefault(i.Id).Huishoudens, tellingen.GetValueOrDefault(i.Id).Open))];
    }
}
