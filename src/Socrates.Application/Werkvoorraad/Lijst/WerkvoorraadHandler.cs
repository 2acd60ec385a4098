using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gebruikers;
using System.Linq.Expressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// A fixed number of queries whatever the page size: the count, the page of rows (aanvragen joined to their
/// aanvrager), the names of the behandelaars on that page, and the municipality's consulenten for the forms (the team
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

        var aanvragen = Filter(db.Aanvragen.AsNoTracking(), query, vandaag, signaleringsdagen);
        var totaal = await aanvragen.CountAsync(cancellationToken);
        var grootte = Paginering.StandaardGrootte;
        var laatste = Math.Max(1, (totaal + grootte - 1) / grootte);
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), laatste);

        var aflopend = query.Richting == Sorteerrichting.Aflopend;
        var overslaan = (nummer - 1) * grootte;
        IQueryable<Rij> pagina;
        if (query.Sortering == WerkvoorraadSortering.Naam)
        {
            pagina = Sorteer(MetAanvrager(aanvragen), query.Sortering, aflopend).Skip(overslaan).Take(grootte);
        }
        else
        {
            // Sort and page the aanvragen alone (an index has every column this needs), then join only the page's rows.
            var ids = Sorteer(aanvragen.Select(a => new Rij
                    {
                        Id = a.Id, Status = a.Status, Ontvangstdatum = a.Ontvangstdatum, UitersteBeslisdatum = a.UitersteBeslisdatum,
                    }), query.Sortering, aflopend)
                .Skip(overslaan).Take(grootte).Select(r => r.Id);
            pagina = Sorteer(MetAanvrager(db.Aanvragen.AsNoTracking().Where(a => ids.Contains(a.Id))), query.Sortering, aflopend);
        }

        var rijen = totaal == 0 ? [] : await pagina.ToListAsync(cancellationToken);
        var behandelaars = rijen.Select(r => r.BehandelaarId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(gemeente, behandelaars, cancellationToken);
        // The names are for the team's behandelaar filter and the teamleider's assign form; a consulent's own list shows neither.
        var consulenten = query.Weergave == WerkvoorraadWeergave.Team || gebruiker.HeeftRol(Rol.Teamleider)
            ? await gebruikers.ConsulentenAsync(gemeente, cancellationToken)
            : [];

        var regelsOpPagina = rijen.Select(r => new WerkvoorraadRegel(
                r.Id,
                Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
                r.Status,
                r.Meldingsdatum,
                r.Ontvangstdatum,
                r.UitersteBeslisdatum,
                Signaal(r, vandaag, signaleringsdagen),
                r.BehandelaarId,
                r.BehandelaarId is { } id && namen.TryGetValue(id, out var naam) ? naam : null,
                r.Versie,
                r.IsWijziging))
            .ToList();
        return new WerkvoorraadView(
            new Pagina<WerkvoorraadRegel>(regelsOpPagina, nummer, grootte, totaal),
            consulenten.Select(c => new Medewerker(c.Id, c.Naam)).ToList(),
            signaleringsdagen,
            vandaag);
    }

    private IQueryable<Rij> MetAanvrager(IQueryable<Aanvraag> aanvragen) =>
        from a in aanvragen
        join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
        select new Rij
        {
            Id = a.Id,
            Voornamen = p.Voornamen,
            Voorvoegsel = p.Voorvoegsel,
            Achternaam = p.Achternaam,
            Status = a.Status,
            Meldingsdatum = a.Meldingsdatum,
            Ontvangstdatum = a.Ontvangstdatum,
            UitersteBeslisdatum = a.UitersteBeslisdatum,
            BehandelaarId = a.BehandelaarId,
            Versie = a.Versie,
            IsWijziging = a.Soort == AanvraagSoort.Wijziging,
        };

    private IQueryable<Aanvraag> Filter(IQueryable<Aanvraag> aanvragen, Werkvoorraad query, DateOnly vandaag, int signaleringsdagen)
    {
        if (query.Weergave == WerkvoorraadWeergave.Mijn)
        {
            var ik = gebruiker.Id;
            aanvragen = ik is null ? aanvragen.Where(a => false) : aanvragen.Where(a => a.BehandelaarId == ik);
        }
        else if (query.Behandelaar == Werkvoorraad.NietToegewezen)
        {
            aanvragen = aanvragen.Where(a => a.BehandelaarId == null);
        }
        else if (!string.IsNullOrWhiteSpace(query.Behandelaar))
        {
            var behandelaar = query.Behandelaar;
            aanvragen = aanvragen.Where(a => a.BehandelaarId == behandelaar);
        }

        if (NaamOfBsn.Lees(query.Zoekterm) is { } zoek)
        {
            var aanvragers = zoek.PersoonIds(db.Personen.AsNoTracking());      // IN (SELECT Id … LIKE 'jong%'), no N+1
            aanvragen = aanvragen.Where(a => aanvragers.Contains(a.AanvragerId));
        }

        aanvragen = query.Status is { } status ? aanvragen.Where(a => a.Status == status) : aanvragen.Where(IsOpen);
        if (query.Termijn is not null && query.Status is not null)
        {
            aanvragen = aanvragen.Where(IsOpen);                    // only an open aanvraag has a running term
        }

        switch (query.Termijn)
        {
            case TermijnFilter.Verlopen:
                aanvragen = aanvragen.Where(a => a.UitersteBeslisdatum < vandaag);
                break;
            case TermijnFilter.BinnenSignaal:
                var grens = vandaag.AddDays(signaleringsdagen);
                aanvragen = aanvragen.Where(a => a.UitersteBeslisdatum >= vandaag && a.UitersteBeslisdatum <= grens);
                break;
            default:
                break;
        }

        return aanvragen;
    }

    /// <summary>Every order ends on the id, so paging is stable; descending reverses the whole order.</summary>
    private static IQueryable<Rij> Sorteer(IQueryable<Rij> rijen, WerkvoorraadSortering sortering, bool aflopend) => sortering switch
    {
        WerkvoorraadSortering.Ontvangst => rijen.Op(r => r.Ontvangstdatum == null, aflopend)
            .Dan(r => r.Ontvangstdatum, aflopend).Dan(r => r.Id, aflopend),
        WerkvoorraadSortering.Naam => rijen.Op(r => r.Achternaam, aflopend)
            .Dan(r => r.Voornamen, aflopend).Dan(r => r.Id, aflopend),
        WerkvoorraadSortering.Status => rijen.Op(StatusVolgorde, aflopend)
            .Dan(r => r.UitersteBeslisdatum == null, aflopend).Dan(r => r.UitersteBeslisdatum, aflopend).Dan(r => r.Id, aflopend),
        _ => rijen.Op(r => r.UitersteBeslisdatum == null, aflopend)
            .Dan(r => r.UitersteBeslisdatum, aflopend).Dan(r => r.Id, aflopend),
    };

    /// <summary>As the domain's <c>Aanvraag.Termijn</c>: only an open aanvraag past its melding has a running term.</summary>
    private static BeslistermijnSignaal? Signaal(Rij rij, DateOnly vandaag, int signaleringsdagen) =>
        rij.UitersteBeslisdatum is { } uiterste && AanvraagStatussen.IsOpen(rij.Status) && rij.Status != AanvraagStatus.Gemeld
            ? Beslistermijn.Signaal(uiterste, vandaag, signaleringsdagen)
            : null;

    private static readonly Expression<Func<Aanvraag, bool>> IsOpen = AanvraagFilters.IsOpen;

    private static readonly Expression<Func<Rij, int>> StatusVolgorde = r =>
        r.Status == AanvraagStatus.Gemeld ? 0
        : r.Status == AanvraagStatus.Ingediend ? 1
        : r.Status == AanvraagStatus.InBehandeling ? 2
        : r.Status == AanvraagStatus.BesluitVoorgesteld ? 3
        : r.Status == AanvraagStatus.Besloten ? 4
        : 5;

    /// <summary>The flat row the database returns; the name is put together in memory.</summary>
    private sealed record Rij
    {
        public int Id { get; init; }

        public string Voornamen { get; init; } = "";

        public string? Voorvoegsel { get; init; }

        public string Achternaam { get; init; } = "";

        public AanvraagStatus Status { get; init; }

        public DateOnly Meldingsdatum { get; init; }

        public DateOnly? Ontvangstdatum { get; init; }

        public DateOnly? UitersteBeslisdatum { get; init; }

        public string? BehandelaarId { get; init; }

        public int Versie { get; init; }

        public bool IsWijziging { get; init; }

        public override string ToString() => Persoonsgegevens.Verborgen(this);
    }
}
