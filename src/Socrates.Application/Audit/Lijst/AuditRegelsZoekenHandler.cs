using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Audit.Lijst;

/// <summary>A page of the trail, the filter choices, and an audit line for the read itself (saved at once, as a query has no transaction).</summary>
public sealed class AuditRegelsZoekenHandler(
    ISocratesDb db, IGebruikers gebruikers, IGebruikers administratie, IHuidigeGebruiker gebruiker, AuditSchrijver audit)
    : IQueryHandler<AuditRegelsZoeken, AuditOverzicht>
{
    public async ValueTask<AuditOverzicht> Handle(AuditRegelsZoeken query, CancellationToken cancellationToken)
    {
        audit.Schrijf(AuditRegelsZoeken.Inzage, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);

        var nummer = Paginering.Begrens(query.Pagina);
        var grootte = Paginering.StandaardGrootte;
        var regels = db.Filter(query);
        var totaal = await regels.CountAsync(cancellationToken);
        var pagina = await regels.Skip((nummer - 1) * grootte).Take(grootte).MetNamenAsync(gebruikers, gebruiker, cancellationToken);
        var codes = await db.AuditRegels.AsNoTracking().Select(r => r.Actie).Distinct().ToListAsync(cancellationToken);
        var acties = codes.OrderBy(Auditacties.Label, StringComparer.Ordinal).ToList();
        var mensen = await administratie.NamenAsync(gebruiker.VereisteGemeente(), cancellationToken);
        return new AuditOverzicht(new Pagina<AuditRegelView>(pagina, nummer, grootte, totaal), acties, mensen);
    }
}
