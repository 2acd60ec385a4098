using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.TeBeoordelen.Lijst;

/// <summary>
/// The whole list as one page. What waits for approval is a working list (tens or hundreds of rows, never a register), so
/// it is read at once by the list's own reader rather than streamed.
/// </summary>
public sealed class TeBeoordelenExporterenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, AuditSchrijver audit)
    : IQueryHandler<TeBeoordelenExporteren, Exportrijen<TeBeoordelenRegel>>
{
    /// <summary>Far above any real list of proposals; a bound, not a page.</summary>
    private const int Maximum = 1_000_000;

    public async ValueTask<Exportrijen<TeBeoordelenRegel>> Handle(TeBeoordelenExporteren query, CancellationToken cancellationToken)
    {
        audit.Schrijf(TeBeoordelenExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var alles = await new TeBeoordelenLezer(db, gebruiker, gebruikers).LeesAsync(1, Maximum, cancellationToken);
        return new Exportrijen<TeBeoordelenRegel>(alles.Items);
    }
}
