using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Brief;

public sealed class BeslissingOpBezwaarInzienHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels)
    : IQueryHandler<BeslissingOpBezwaarInzien, BriefView?>
{
    public async ValueTask<BriefView?> Handle(BeslissingOpBezwaarInzien query, CancellationToken cancellationToken)
    {
        if (await db.Bezwaren.AsNoTracking().SingleOrDefaultAsync(b => b.Id == query.BezwaarId && (b.Status == BezwaarStatus.Beslist || b.Status == BezwaarStatus.HerroepingUitvoeren), cancellationToken)
            is not { } bezwaar)
        {
            return null;
        }

        var instellingen = await regels.OpAsync(gebruiker.VereisteGemeente(), bezwaar.BeslistOp!.Value, cancellationToken);
        var kenmerk = bezwaar.Besluit.TerugvorderingId is { } t
            ? await db.Terugvorderingen.AsNoTracking().Where(v => v.Id == t).Select(v => v.Kenmerk).SingleOrDefaultAsync(cancellationToken)
            : await db.Beschikkingen.AsNoTracking().Where(b => b.AanvraagId == bezwaar.Besluit.AanvraagId)
                .OrderByDescending(b => b.Datum).Select(b => b.Kenmerk).FirstOrDefaultAsync(cancellationToken);
        return new BriefView(
            bezwaar, Besluitgegevens.Briefhoofd(instellingen), await db.GeadresseerdeAsync(bezwaar.PersoonId, cancellationToken), bezwaar.GemachtigdeNaam, kenmerk);
    }
}
