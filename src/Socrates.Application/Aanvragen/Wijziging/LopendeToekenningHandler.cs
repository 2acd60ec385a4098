using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Wijziging;

public sealed class LopendeToekenningHandler(ISocratesDb db) : IQueryHandler<LopendeToekenning, LopendeToekenningView?>
{
    public async ValueTask<LopendeToekenningView?> Handle(LopendeToekenning query, CancellationToken cancellationToken)
    {
        var toekenning = await db.Toekenningen.AsNoTracking()
            .Where(t => t.AanvraagId == query.AanvraagId && t.Status == ToekenningStatus.Actief)
            .Select(t => new { t.Id, t.Versie, t.Ingangsdatum, t.TeBetalen }).SingleOrDefaultAsync(cancellationToken);
        if (toekenning is null)
        {
            return null;
        }

        var open = await db.Aanvragen.AsNoTracking()
            .Where(a => a.GewijzigdeToekenningId == toekenning.Id && AanvraagStatussen.Open.Contains(a.Status))
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return new LopendeToekenningView(toekenning.Id, toekenning.Versie, toekenning.Ingangsdatum, toekenning.TeBetalen, open);
    }
}
