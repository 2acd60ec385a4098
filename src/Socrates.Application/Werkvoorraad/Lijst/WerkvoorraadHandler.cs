using Socrates.Application.Gebruikers;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// A fixed number of queries whatever the page size: the counts of aanvragen and of open bezwaren, the page of rows (both
/// kinds joined to their person, <see cref="WerkvoorraadSelectie"/>), the names of the behandelaars on that page, and the municipality's consulenten for the forms (the team
/// view and a teamleider only).
/// </summary>
public sealed class WerkvoorraadHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<Werkvoorraad, WerkvoorraadView>
{
    public async ValueTask<WerkvoorraadView> Handle(Werkvoorraad query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var signaleringsdagen = (await regels.OpAsync(gemeente, vandaag, cancellationToken)).SignaleringsdagenBeslistermijn;

        var (aanvragen, bezwaren) = WerkvoorraadSelectie.Filter(db, gebruiker, query, vandaag, signaleringsdagen);
        var aantalBezwaren = await bezwaren.CountAsync(cancellationToken);
        var totaal = await aanvragen.CountAsync(cancellationToken) + aantalBezwaren;
        var grootte = Paginering.StandaardGrootte;
        var laatste = Math.Max(1, (totaal + grootte - 1) / grootte);
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), laatste);

        var aflopend = query.Richting == Sorteerrichting.Aflopend;
        var gemengd = aantalBezwaren > 0;
        var overslaan = (nummer - 1) * grootte;
        var pagina = WerkvoorraadSelectie.Pagina(db, aanvragen, gemengd ? bezwaren : null, query.Sortering, aflopend, overslaan, grootte);

        var rijen = totaal == 0 ? [] : await pagina.ToListAsync(cancellationToken);
        var behandelaars = rijen.Select(r => r.BehandelaarId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(gemeente, behandelaars, cancellationToken);
        // The names are for the team's behandelaar filter and the teamleider's assign form; a consulent's own list shows neither.
        var consulenten = query.Weergave == WerkvoorraadWeergave.Team || gebruiker.HeeftRol(Rol.Teamleider)
            ? await gebruikers.ConsulentenAsync(gemeente, cancellationToken)
            : [];

        var regelsOpPagina = rijen.Select(r => WerkvoorraadSelectie.Regel(r, namen, vandaag, signaleringsdagen)).ToList();
        return new WerkvoorraadView(
            new Pagina<WerkvoorraadRegel>(regelsOpPagina, nummer, grootte, totaal),
            consulenten.Select(c => new Medewerker(c.Id, c.Naam)).ToList(),
            signaleringsdagen,
            vandaag,
            aantalBezwaren);
    }
}
