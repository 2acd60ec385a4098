using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// The same selection as the page (<see cref="WerkvoorraadSelectie"/>), not paged: one query streams the rows (aanvragen and open
/// bezwaren, UNION ALL) joined to their person, and one reads the names of the municipality's users for the behandelaar column.
/// </summary>
public sealed class WerkvoorraadExporterenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, IGemeenteregels regels, TimeProvider klok, AuditSchrijver audit)
    : IQueryHandler<WerkvoorraadExporteren, Exportrijen<WerkvoorraadRegel>>
{
    public async ValueTask<Exportrijen<WerkvoorraadRegel>> Handle(WerkvoorraadExporteren query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var signaleringsdagen = (await regels.OpAsync(gemeente, vandaag, cancellationToken)).SignaleringsdagenBeslistermijn;
        audit.Schrijf(WerkvoorraadExporteren.Export, null, null, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);

        var namen = (await gebruikers.NamenAsync(gemeente, cancellationToken))
            .ToDictionary(n => n.Id, n => n.Naam, StringComparer.Ordinal);
        var lijst = query.Lijst;
        var (aanvragen, bezwaren) = WerkvoorraadSelectie.Filter(db, gebruiker, lijst, vandaag, signaleringsdagen);
        var rijen = WerkvoorraadSelectie.Sorteer(
                WerkvoorraadSelectie.Rijen(db, aanvragen, bezwaren), lijst.Sortering, lijst.Richting == Sorteerrichting.Aflopend, gemengd: true)
            .AsEnumerable()
            .Select(r => WerkvoorraadSelectie.Regel(r, namen, vandaag, signaleringsdagen));
        return new Exportrijen<WerkvoorraadRegel>(rijen);
    }
}
