using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Lijst;

public sealed class BezwarenVanAanvraagHandler(ISocratesDb db) : IQueryHandler<BezwarenVanAanvraag, IReadOnlyList<DossierBezwaar>>
{
    public async ValueTask<IReadOnlyList<DossierBezwaar>> Handle(BezwarenVanAanvraag query, CancellationToken cancellationToken) =>
        await db.Bezwaren.AsNoTracking().Where(b => b.Besluit.AanvraagId == query.AanvraagId).OrderBy(b => b.Id)
            .Select(b => new DossierBezwaar(
                b.Id, b.Ontvangen, b.Status, b.Uitkomst, b.UitersteBeslisdatum, b.Vervolgactie, b.Kenmerk, b.Besluit.Soort, b.HerroepingAanvraagId,
                b.HerroepingToekenningId, b.HerroepingUitgevoerdOp))
            .ToListAsync(cancellationToken);
}
