using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>Every month of the specificatie (at most a few hundred per household), audited against the dossier.</summary>
public sealed class BetalingenExporterenHandler(ISocratesDb db, IMediator mediator, AuditSchrijver audit)
    : IQueryHandler<BetalingenExporteren, Exportrijen<SpecificatieMaand>>
{
    public async ValueTask<Exportrijen<SpecificatieMaand>> Handle(BetalingenExporteren query, CancellationToken cancellationToken)
    {
        var specificatie = await mediator.Send(new BetalingSpecificatie(query.AanvraagId, AlleMaanden: true), cancellationToken);
        audit.Schrijf(BetalingenExporteren.Export, "Aanvraag", query.AanvraagId.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        return new Exportrijen<SpecificatieMaand>(specificatie.Maanden.Items);
    }
}
