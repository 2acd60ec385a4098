using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Personen;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// The werkvoorraad's filter and order as queries, shared by the page of the list and its export, and how a row is shown.
/// </summary>
internal static class WerkvoorraadSelectie
{

    /// <summary>A row as the list shows it: the name put together, the behandelaar's name looked up, the term's colour.</summary>
    public static WerkvoorraadRegel Regel(
        WerkvoorraadRij r, IReadOnlyDictionary<string, string> namen, DateOnly vandaag, int signaleringsdagen) => new(
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
        r.IsWijziging);

    public static IQueryable<WerkvoorraadRij> MetAanvrager(ISocratesDb db, IQueryable<Aanvraag> aanvragen) =>
        from a in aanvragen
        join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
        select new WerkvoorraadRij
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

    public static IQueryable<Aanvraag> Filter(ISocratesDb db, IHuidigeGebruiker gebruiker, Werkvoorraad query, DateOnly vandaag, int signaleringsdagen)
    {
        var aanvragen = db.Aanvragen.AsNoTracking();
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
    public static IQueryable<WerkvoorraadRij> Sorteer(IQueryable<WerkvoorraadRij> rijen, WerkvoorraadSortering sortering, bool aflopend) => sortering switch
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
    private static BeslistermijnSignaal? Signaal(WerkvoorraadRij rij, DateOnly vandaag, int signaleringsdagen) =>
        rij.UitersteBeslisdatum is { } uiterste && AanvraagStatussen.IsOpen(rij.Status) && rij.Status != AanvraagStatus.Gemeld
            ? Beslistermijn.Signaal(uiterste, vandaag, signaleringsdagen)
            : null;

    private static readonly Expression<Func<Aanvraag, bool>> IsOpen = AanvraagFilters.IsOpen;

    private static readonly Expression<Func<WerkvoorraadRij, int>> StatusVolgorde = r =>
        r.Status == AanvraagStatus.Gemeld ? 0
        : r.Status == AanvraagStatus.Ingediend ? 1
        : r.Status == AanvraagStatus.InBehandeling ? 2
        : r.Status == AanvraagStatus.BesluitVoorgesteld ? 3
        : r.Status == AanvraagStatus.Besloten ? 4
        : 5;
}
