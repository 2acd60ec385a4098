using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Opschorting;

/// <summary>The letterhead of the rules in force on the day of the besluit, the client's name and address.</summary>
public sealed class OpschortingBriefHandler(ISocratesDb db, IGemeenteregels regels, TimeProvider klok) : IQueryHandler<OpschortingBrief, OpschortingBriefView?>
{
    public async ValueTask<OpschortingBriefView?> Handle(OpschortingBrief query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var o = await db.Opschortingen.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.Id, cancellationToken);
        if (o is null)
        {
            return null;
        }

        var aanvraagId = await db.Toekenningen.Where(t => t.Id == o.ToekenningId).Select(t => t.AanvraagId).SingleAsync(cancellationToken);
        var instellingen = await regels.OpAsync(o.Gemeente, o.BesluitOp, cancellationToken);
        return new OpschortingBriefView(
            o.Id, o.ToekenningId, aanvraagId, o.Maand, o.BesluitOp, o.HerstelUiterlijk, o.Status, o.HersteldOp, o.TermijnVerstreken(klok.Vandaag()),
            Besluitgegevens.Briefhoofd(instellingen), await db.GeadresseerdeAsync(o.AanvragerId, cancellationToken));
    }
}
