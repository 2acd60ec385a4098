using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Normen.Voorstellen;

public sealed class HuidigeNormenHandler(ISocratesDb db, TimeProvider klok) : IQueryHandler<HuidigeNormen, NormensetVoorstellen>
{
    public async ValueTask<NormensetVoorstellen> Handle(HuidigeNormen query, CancellationToken cancellationToken)
    {
        var geldend = await db.GeldendOpAsync(klok.Vandaag(), cancellationToken);
        return geldend is null ? new NormensetVoorstellen() : Normensetinvoer.Van(geldend.Inhoud);
    }
}
