using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>The list's selection, not paged, streamed in one query joined to the debiteur.</summary>
public sealed class TerugvorderingenExporterenHandler(ISocratesDb db, AuditSchrijver audit)
    : IQueryHandler<TerugvorderingenExporteren, Exportrijen<TerugvorderingRegelView>>
{
    public async ValueTask<Exportrijen<TerugvorderingRegelView>> Handle(TerugvorderingenExporteren query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        audit.Schrijf(TerugvorderingenExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var rijen = TerugvorderingenSelectie.Rijen(db, TerugvorderingenSelectie.Filter(db, query.Lijst), query.Lijst, pagina: null);
        return new Exportrijen<TerugvorderingRegelView>(rijen.AsEnumerable().Select(TerugvorderingenSelectie.Regel));
    }
}
