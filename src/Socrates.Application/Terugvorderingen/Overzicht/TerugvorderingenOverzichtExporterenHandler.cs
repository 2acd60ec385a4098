using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>One query, streamed while the file is written.</summary>
public sealed class TerugvorderingenOverzichtExporterenHandler(ISocratesDb db, AuditSchrijver audit)
    : IQueryHandler<TerugvorderingenOverzichtExporteren, Exportrijen<OpenVorderingRegel>>
{
    public async ValueTask<Exportrijen<OpenVorderingRegel>> Handle(TerugvorderingenOverzichtExporteren query, CancellationToken cancellationToken)
    {
        audit.Schrijf(TerugvorderingenOverzichtExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var rijen = db.Terugvorderingen.AsNoTracking()
            .Where(t => t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering)
            .OrderBy(t => t.Id)
            .Select(t => new OpenVorderingRegel(
                t.Id, t.Kenmerk, t.Grond, t.Status, t.VastgesteldOp, t.Totaal, t.Saldo, t.AflossingPerMaand, t.VerrekeningPerMaand, t.Verjaringsdatum))
            .AsEnumerable();
        return new Exportrijen<OpenVorderingRegel>(rijen);
    }
}
