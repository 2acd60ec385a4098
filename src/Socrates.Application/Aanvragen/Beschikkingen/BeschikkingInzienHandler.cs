using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Beschikkingen;

public sealed class BeschikkingInzienHandler(ISocratesDb db) : IQueryHandler<BeschikkingInzien, BeschikkingView?>
{
    public async ValueTask<BeschikkingView?> Handle(BeschikkingInzien query, CancellationToken cancellationToken)
    {
        var beschikking = await db.Beschikkingen.AsNoTracking()
            .Where(b => b.AanvraagId == query.AanvraagId).OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (beschikking is null)
        {
            return null;
        }

        IReadOnlyList<ToekenningRegel> regels = beschikking.ToekenningId is { } toekenningId
            ? (await db.Toekenningen.AsNoTracking().Where(t => t.Id == toekenningId).SelectMany(t => t.Regels).ToListAsync(cancellationToken))
                .OrderBy(r => r.Volgorde).ToList()
            : [];
        IReadOnlyList<HerberekeningMaand> herberekening = beschikking.Wijzigingsdatum is null
            ? []
            : (await db.Aanvragen.AsNoTracking().Where(a => a.Id == beschikking.AanvraagId).SelectMany(a => a.Herberekening).ToListAsync(cancellationToken))
                .OrderBy(m => m.Maand).ToList();
        return new BeschikkingView(beschikking, regels, herberekening);
    }
}
