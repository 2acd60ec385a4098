using Mediator;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Audit.Lijst;

/// <summary>The filtered lines streamed in one query; the names of the municipality's users read once beforehand.</summary>
public sealed class AuditExporterenHandler(ISocratesDb db, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, AuditSchrijver audit)
    : IQueryHandler<AuditExporteren, Exportrijen<AuditRegelView>>
{
    public async ValueTask<Exportrijen<AuditRegelView>> Handle(AuditExporteren query, CancellationToken cancellationToken)
    {
        audit.Schrijf(AuditExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var namen = (await gebruikers.NamenAsync(gebruiker.VereisteGemeente(), cancellationToken))
            .ToDictionary(n => n.Id, n => n.Naam, StringComparer.Ordinal);
        var regels = db.Filter(query).Take(AuditExporteren.Maximum).AsEnumerable().Select(r => AuditSelectie.Weergave(r, namen));
        return new Exportrijen<AuditRegelView>(regels);
    }
}
