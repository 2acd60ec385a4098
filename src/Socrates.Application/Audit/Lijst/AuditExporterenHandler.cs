using Mediator;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Audit.Lijst;

public sealed class AuditExporterenHandler(ISocratesDb db, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, AuditSchrijver audit)
    : IQueryHandler<AuditExporteren, string>
{
    public async ValueTask<string> Handle(AuditExporteren query, CancellationToken cancellationToken)
    {
        audit.Schrijf(AuditExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var regels = await db.Filter(query).Take(AuditExporteren.Maximum).MetNamenAsync(gebruikers, gebruiker, cancellationToken);
        return AuditCsv.Schrijf(regels);
    }
}
