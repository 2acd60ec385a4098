using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>The list's selection, not paged, streamed in one query joined to the aanvrager.</summary>
public sealed class ToekenningenExporterenHandler(ISocratesDb db, AuditSchrijver audit)
    : IQueryHandler<ToekenningenExporteren, Exportrijen<ToekenningRegelView>>
{
    public async ValueTask<Exportrijen<ToekenningRegelView>> Handle(ToekenningenExporteren query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        audit.Schrijf(ToekenningenExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var rijen = ToekenningenSelectie.Rijen(db, ToekenningenSelectie.Filter(db, query.Lijst), query.Lijst, pagina: null);
        return new Exportrijen<ToekenningRegelView>(rijen.AsEnumerable().Select(ToekenningenSelectie.Regel));
    }
}
