using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Personen;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// The werkvoorraad's filter and order as queries, shared by the page of the list and its export, and how a row is shown. The
/// werkvoorraad holds two kinds of work: aanvragen (and wijzigingen) and open bezwaren. Each kind is filtered on its own table
/// (<see cref="Filter"/>), and both are projected into the same <see cref="WerkvoorraadRij"/> and joined with UNION ALL
/// (<see cref="Rijen"/>, <see cref="Sleutels"/>), so one ORDER BY and one OFFSET page the mixed list.
/// </summary>
internal static class WerkvoorraadSelectie
{
    /// <summary>A row as the list shows it: the name put together, the behandelaar's name looked up, the term's colour.</summary>
    public static WerkvoorraadRegel Regel(
        WerkvoorraadRij r, IReadOnlyDictionary<string, string> namen, DateOnly vandaag, int signaleringsdagen) => new(
        r.Id,
        r.Soort,
        Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
        r.Status,
        r.Meldingsdatum,
        r.Ontvangstdatum,
        r.UitersteBeslisdatum,
        Signaal(r, vandaag, signaleringsdagen),
        r.BehandelaarId,
        r.BehandelaarId is { } id && namen.TryGetValue(id, out var naam) ? naam : null,
        r.Versie,
        r is { Soort: Werkvoorraadsoort.Bezwaar, Bezwaarstatus: { } status, Besluit: { } besluit }
            ? new WerkvoorraadBezwaar(status, besluit, r.BesluitAanvraagId, r.BesluitTerugvorderingId)
            : null);

    /// <summary>The aanvragen and the open bezwaren the signed-in user sees with these filters, each still its own query.</summary>
    public static (IQueryable<Aanvraag> Aanvragen, IQueryable<Bezwaar> Bezwaren) Filter(
        ISocratesDb db, IHuidigeGebruiker gebruiker, Werkvoorraad query, DateOnly vandaag, int signaleringsdagen) =>
        (Aanvragen(db, gebruiker, query, vandaag, signaleringsdagen), Bezwaren(db, gebruiker, query, vandaag, signaleringsdagen));

    /// <summary>
    /// One page of rows in the chosen order (<paramref name="bezwaren"/> null: none selected). Sorted by name the joined rows are
    /// paged; otherwise the keys alone are sorted and paged (without bezwaren an index has every column this needs), and only
    /// the page's rows are joined.
    /// </summary>
    public static IQueryable<WerkvoorraadRij> Pagina(
        ISocratesDb db, IQueryable<Aanvraag> aanvragen, IQueryable<Bezwaar>? bezwaren, WerkvoorraadSortering sortering, bool aflopend, int overslaan, int grootte)
    {
        ArgumentNullException.ThrowIfNull(db);
        var gemengd = bezwaren is not null;
        if (sortering == WerkvoorraadSortering.Naam)
        {
            return Sorteer(Rijen(db, aanvragen, bezwaren), sortering, aflopend, gemengd).Skip(overslaan).Take(grootte);
        }

        var sleutels = Sorteer(Sleutels(aanvragen, bezwaren), sortering, aflopend, gemengd).Skip(overslaan).Take(grootte);
        var aanvraagIds = sleutels.Where(r => r.Soort != Werkvoorraadsoort.Bezwaar).Select(r => r.Id);
        var bezwaarIds = sleutels.Where(r => r.Soort == Werkvoorraadsoort.Bezwaar).Select(r => r.Id);
        return Sorteer(
            Rijen(db, db.Aanvragen.AsNoTracking().Where(a => aanvraagIds.Contains(a.Id)), gemengd ? db.Bezwaren.AsNoTracking().Where(b => bezwaarIds.Contains(b.Id)) : null),
            sortering, aflopend, gemengd);
    }

    /// <summary>Every column of both kinds, joined to the person: UNION ALL of the two projections (null: no bezwaren).</summary>
    public static IQueryable<WerkvoorraadRij> Rijen(ISocratesDb db, IQueryable<Aanvraag> aanvragen, IQueryable<Bezwaar>? bezwaren) =>
        bezwaren is null ? MetAanvrager(db, aanvragen) : MetAanvrager(db, aanvragen).Concat(MetBelanghebbende(db, bezwaren));

    /// <summary>
    /// Only what the order needs (no join), to cut a page from: the aanvragen alone when no bezwaar is selected (then an index
    /// has every column), else UNION ALL with the bezwaren.
    /// </summary>
    public static IQueryable<WerkvoorraadRij> Sleutels(IQueryable<Aanvraag> aanvragen, IQueryable<Bezwaar>? bezwaren)
    {
        var rijen = aanvragen.Select(a => new WerkvoorraadRij
        {
            Id = a.Id,
            Soort = a.Soort == AanvraagSoort.Wijziging ? Werkvoorraadsoort.Wijziging : Werkvoorraadsoort.Aanvraag,
            Status = a.Status,
            Bezwaarstatus = null,
            Ontvangstdatum = a.Ontvangstdatum,
            UitersteBeslisdatum = a.UitersteBeslisdatum,
        });
        return bezwaren is null ? rijen : rijen.Concat(bezwaren.Select(b => new WerkvoorraadRij
        {
            Id = b.Id,
            Soort = Werkvoorraadsoort.Bezwaar,
            Status = null,
            Bezwaarstatus = b.Status,
            Ontvangstdatum = b.Ontvangen,
            UitersteBeslisdatum = b.UitersteBeslisdatum,
        }));
    }

    public static IQueryable<WerkvoorraadRij> MetAanvrager(ISocratesDb db, IQueryable<Aanvraag> aanvragen) =>
        from a in aanvragen
        join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
        select new WerkvoorraadRij
        {
            Id = a.Id,
            Soort = a.Soort == AanvraagSoort.Wijziging ? Werkvoorraadsoort.Wijziging : Werkvoorraadsoort.Aanvraag,
            Voornamen = p.Voornamen,
            Voorvoegsel = p.Voorvoegsel,
            Achternaam = p.Achternaam,
            Status = a.Status,
            Bezwaarstatus = null,
            Besluit = null,
            BesluitAanvraagId = null,
            BesluitTerugvorderingId = null,
            Meldingsdatum = a.Meldingsdatum,
            Ontvangstdatum = a.Ontvangstdatum,
            UitersteBeslisdatum = a.UitersteBeslisdatum,
            BehandelaarId = a.BehandelaarId,
            Versie = a.Versie,
        };

    /// <summary>A bezwaar as a row: the belanghebbende's name, received on, its beslistermijn (Awb 7:10, with a verdaging).</summary>
    public static IQueryable<WerkvoorraadRij> MetBelanghebbende(ISocratesDb db, IQueryable<Bezwaar> bezwaren) =>
        from b in bezwaren
        join p in db.Personen.AsNoTracking() on b.PersoonId equals p.Id
        select new WerkvoorraadRij
        {
            Id = b.Id,
            Soort = Werkvoorraadsoort.Bezwaar,
            Voornamen = p.Voornamen,
            Voorvoegsel = p.Voorvoegsel,
            Achternaam = p.Achternaam,
            Status = null,
            Bezwaarstatus = b.Status,
            Besluit = b.Besluit.Soort,
            BesluitAanvraagId = b.Besluit.AanvraagId,
            BesluitTerugvorderingId = b.Besluit.TerugvorderingId,
            Meldingsdatum = b.Ontvangen,
            Ontvangstdatum = b.Ontvangen,
            UitersteBeslisdatum = b.UitersteBeslisdatum,
            BehandelaarId = b.BehandelaarId,
            Versie = b.Versie,
        };

    /// <summary>
    /// Every order ends on the id, and in a list <paramref name="gemengd"/> with bezwaren on the kind (an aanvraag and a bezwaar
    /// may share an id), so paging is stable; descending reverses the whole order.
    /// </summary>
    public static IQueryable<WerkvoorraadRij> Sorteer(IQueryable<WerkvoorraadRij> rijen, WerkvoorraadSortering sortering, bool aflopend, bool gemengd)
    {
        var geordend = sortering switch
        {
            WerkvoorraadSortering.Ontvangst => rijen.Op(r => r.Ontvangstdatum == null, aflopend).Dan(r => r.Ontvangstdatum, aflopend),
            WerkvoorraadSortering.Naam => rijen.Op(r => r.Achternaam, aflopend).Dan(r => r.Voornamen, aflopend),
            WerkvoorraadSortering.Status => rijen.Op(StatusVolgorde, aflopend)
                .Dan(r => r.UitersteBeslisdatum == null, aflopend).Dan(r => r.UitersteBeslisdatum, aflopend),
            _ => rijen.Op(r => r.UitersteBeslisdatum == null, aflopend).Dan(r => r.UitersteBeslisdatum, aflopend),
        };
        geordend = geordend.Dan(r => r.Id, aflopend);
        return gemengd ? geordend.Dan(r => r.Soort, aflopend) : geordend;
    }

    private static IQueryable<Aanvraag> Aanvragen(ISocratesDb db, IHuidigeGebruiker gebruiker, Werkvoorraad query, DateOnly vandaag, int signaleringsdagen)
    {
        var aanvragen = db.Aanvragen.AsNoTracking();
        if (!gebruiker.HeeftRol(Rol.Consulent) && !gebruiker.HeeftRol(Rol.Teamleider))
        {
            return aanvragen.Where(a => false);                    // the bezwaarbehandelaar opens no dossier: only bezwaren
        }

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

        var grens = vandaag.AddDays(signaleringsdagen);
        return query.Termijn switch
        {
            TermijnFilter.Verlopen => aanvragen.Where(a => a.UitersteBeslisdatum < vandaag),
            TermijnFilter.BinnenSignaal => aanvragen.Where(a => a.UitersteBeslisdatum >= vandaag && a.UitersteBeslisdatum <= grens),
            _ => aanvragen,
        };
    }

    /// <summary>
    /// The open bezwaren (<see cref="OpenBezwaren.IsOpen"/>) with the same filters. A status filter names an aanvraag's status, so
    /// it selects no bezwaar. Who sees which: <see cref="Zichtbaar"/>.
    /// </summary>
    private static IQueryable<Bezwaar> Bezwaren(ISocratesDb db, IHuidigeGebruiker gebruiker, Werkvoorraad query, DateOnly vandaag, int signaleringsdagen)
    {
        var bezwaren = db.Bezwaren.AsNoTracking().Where(OpenBezwaren.IsOpen);
        if (query.Status is not null || gebruiker.Id is not { } ik)
        {
            return bezwaren.Where(b => false);
        }

        bezwaren = Zichtbaar(db, gebruiker, bezwaren, query.Weergave, ik);
        if (query.Weergave == WerkvoorraadWeergave.Team && query.Behandelaar == Werkvoorraad.NietToegewezen)
        {
            bezwaren = bezwaren.Where(b => b.BehandelaarId == null);
        }
        else if (query.Weergave == WerkvoorraadWeergave.Team && !string.IsNullOrWhiteSpace(query.Behandelaar))
        {
            var behandelaar = query.Behandelaar;
            bezwaren = bezwaren.Where(b => b.BehandelaarId == behandelaar);
        }

        if (NaamOfBsn.Lees(query.Zoekterm) is { } zoek)
        {
            var personen = zoek.PersoonIds(db.Personen.AsNoTracking());
            bezwaren = bezwaren.Where(b => personen.Contains(b.PersoonId));
        }

        var grens = vandaag.AddDays(signaleringsdagen);
        return query.Termijn switch
        {
            TermijnFilter.Verlopen => bezwaren.Where(b => b.Status != BezwaarStatus.HerroepingUitvoeren && b.UitersteBeslisdatum < vandaag),
            TermijnFilter.BinnenSignaal => bezwaren.Where(b => b.Status != BezwaarStatus.HerroepingUitvoeren && b.UitersteBeslisdatum >= vandaag && b.UitersteBeslisdatum <= grens),
            _ => bezwaren,
        };
    }

    /// <summary>
    /// A teamleider sees all of the gemeente's bezwaren in the team view; otherwise anyone sees those assigned to him, a
    /// bezwaarbehandelaar also the unassigned ones (his to take), and a consulent those against a besluit on his own dossiers: an
    /// aanvraag he handles, or a terugvordering or boete on a toekenning of one.
    /// </summary>
    private static IQueryable<Bezwaar> Zichtbaar(ISocratesDb db, IHuidigeGebruiker gebruiker, IQueryable<Bezwaar> bezwaren, WerkvoorraadWeergave weergave, string ik)
    {
        if (weergave == WerkvoorraadWeergave.Team && gebruiker.HeeftRol(Rol.Teamleider))
        {
            return bezwaren;
        }

        var behandelaar = gebruiker.HeeftRol(Rol.Bezwaarbehandelaar);
        if (!gebruiker.HeeftRol(Rol.Consulent))
        {
            return bezwaren.Where(b => b.BehandelaarId == ik || (behandelaar && b.BehandelaarId == null));
        }

        var dossiers = db.Aanvragen.AsNoTracking().Where(a => a.BehandelaarId == ik);
        return bezwaren.Where(b => b.BehandelaarId == ik || (behandelaar && b.BehandelaarId == null)
            || dossiers.Any(a => a.Id == b.Besluit.AanvraagId)
            || db.Terugvorderingen.Any(v => v.Id == b.Besluit.TerugvorderingId
                && db.Toekenningen.Any(t => t.Id == v.ToekenningId && dossiers.Any(a => a.Id == t.AanvraagId))));
    }

    /// <summary>
    /// As the domain's <c>Aanvraag.Termijn</c>: only an open aanvraag past its melding has a running term; a bezwaar on the list is
    /// open, its term is the beslistermijn of Awb 7:10 (<c>Bezwaar.Termijn</c>), except once beslist with a herroeping to carry out.
    /// </summary>
    private static BeslistermijnSignaal? Signaal(WerkvoorraadRij rij, DateOnly vandaag, int signaleringsdagen) => rij switch
    {
        { Soort: Werkvoorraadsoort.Bezwaar, Bezwaarstatus: BezwaarStatus.HerroepingUitvoeren } => null,     // beslist: the termijn is met
        { Soort: Werkvoorraadsoort.Bezwaar, UitersteBeslisdatum: { } uiterste } => Bezwaartermijnen.Signaal(uiterste, vandaag, signaleringsdagen),
        { UitersteBeslisdatum: { } uiterste, Status: { } status } when AanvraagStatussen.IsOpen(status) && status != AanvraagStatus.Gemeld =>
            Beslistermijn.Signaal(uiterste, vandaag, signaleringsdagen),
        _ => null,
    };

    private static readonly Expression<Func<Aanvraag, bool>> IsOpen = AanvraagFilters.IsOpen;

    /// <summary>The status flow's order; a bezwaar in behandeling sorts with the aanvragen in behandeling, a proposed beslissing with a proposed besluit.</summary>
    private static readonly Expression<Func<WerkvoorraadRij, int>> StatusVolgorde = r =>
        r.Soort == Werkvoorraadsoort.Bezwaar ? (r.Bezwaarstatus == BezwaarStatus.InBehandeling ? 2 : 3)
        : r.Status == AanvraagStatus.Gemeld ? 0
        : r.Status == AanvraagStatus.Ingediend ? 1
        : r.Status == AanvraagStatus.InBehandeling ? 2
        : r.Status == AanvraagStatus.BesluitVoorgesteld ? 3
        : r.Status == AanvraagStatus.Besloten ? 4
        : 5;
}
