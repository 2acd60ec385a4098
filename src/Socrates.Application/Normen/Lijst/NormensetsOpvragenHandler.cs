using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Normen.Lijst;

public sealed class NormensetsOpvragenHandler(ISocratesDb db, TimeProvider klok) : IQueryHandler<NormensetsOpvragen, IReadOnlyList<NormensetRegel>>
{
    public async ValueTask<IReadOnlyList<NormensetRegel>> Handle(NormensetsOpvragen query, CancellationToken cancellationToken)
    {
        var geldend = await db.GeldendOpAsync(klok.Vandaag(), cancellationToken);
        var sets = await db.Normensets.AsNoTracking().OrderByDescending(n => n.Ingangsdatum).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Ingangsdatum, n.Status, n.Bron.Document, n.VoorgesteldDoor, n.VoorgesteldOp, n.BeoordeeldDoor })
            .ToListAsync(cancellationToken);
        return [.. sets.Select(n => new NormensetRegel(n.Id, n.Ingangsdatum, n.Status, n.Document, n.VoorgesteldDoor, n.VoorgesteldOp,
            n.BeoordeeldDoor, n.Id == geldend?.Id))];
    }
}
