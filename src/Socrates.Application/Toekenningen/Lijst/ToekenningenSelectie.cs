using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>The toekenningen list's filter and order as queries, shared by its page and its export.</summary>
internal static class ToekenningenSelectie
{
    public static IQueryable<Toekenning> Filter(ISocratesDb db, ToekenningenLijst query)
    {
        var toekenningen = db.Toekenningen.AsNoTracking();
        if (query.Status is { } status)
        {
            toekenningen = toekenningen.Where(t => t.Status == status);
        }

        if (NaamOfBsn.Lees(query.Zoekterm) is { } zoek)
        {
            var aanvragers = zoek.PersoonIds(db.Personen.AsNoTracking());
            toekenningen = toekenningen.Where(t => aanvragers.Contains(t.AanvragerId));
        }

        return toekenningen;
    }

    /// <summary>
    /// The rows in the chosen order, joined to the aanvrager. With <paramref name="pagina"/>, only that page: sorted on a
    /// column of the toekenning, the page is cut from the toekenningen alone and only its rows are joined.
    /// </summary>
    public static IQueryable<ToekenningRij> Rijen(ISocratesDb db, IQueryable<Toekenning> toekenningen, ToekenningenLijst query, (int Overslaan, int Aantal)? pagina)
    {
        var aflopend = query.Richting == Sorteerrichting.Aflopend;
        if (query.Sortering != ToekenningSortering.Aanvrager && pagina is { } deel)
        {
            var ids = Sorteer(toekenningen, query.Sortering, aflopend).Skip(deel.Overslaan).Take(deel.Aantal).Select(t => t.Id);
            return Sorteer(MetAanvrager(db, db.Toekenningen.AsNoTracking().Where(t => ids.Contains(t.Id))), query.Sortering, aflopend);
        }

        var rijen = Sorteer(MetAanvrager(db, toekenningen), query.Sortering, aflopend);
        return pagina is { } stuk ? rijen.Skip(stuk.Overslaan).Take(stuk.Aantal) : rijen;
    }

    public static ToekenningRegelView Regel(ToekenningRij r) => new(
        r.Id, r.AanvraagId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Ingangsdatum, r.Einddatum, r.Status, r.TeBetalen, r.Kostendelers);

    private static IQueryable<ToekenningRij> MetAanvrager(ISocratesDb db, IQueryable<Toekenning> toekenningen) =>
        toekenningen.Join(db.Personen.AsNoTracking(), t => t.AanvragerId, p => p.Id, (t, p) => new ToekenningRij
        {
            Id = t.Id, AanvraagId = t.AanvraagId, Voornamen = p.Voornamen, Voorvoegsel = p.Voorvoegsel, Achternaam = p.Achternaam,
            Ingangsdatum = t.Ingangsdatum, Einddatum = t.Einddatum, Status = t.Status, TeBetalen = t.TeBetalen, Kostendelers = t.Kostendelers,
        });

    private static IQueryable<Toekenning> Sorteer(IQueryable<Toekenning> rijen, ToekenningSortering sortering, bool aflopend) => sortering switch
    {
        ToekenningSortering.Einddatum => rijen.Op(t => t.Einddatum == null, aflopend).Dan(t => t.Einddatum, aflopend).Dan(t => t.Id, aflopend),
        ToekenningSortering.Bedrag => rijen.Op(t => t.TeBetalen, aflopend).Dan(t => t.Id, aflopend),
        _ => rijen.Op(t => t.Ingangsdatum, aflopend).Dan(t => t.Id, aflopend),
    };

    private static IQueryable<ToekenningRij> Sorteer(IQueryable<ToekenningRij> rijen, ToekenningSortering sortering, bool aflopend) => sortering switch
    {
        ToekenningSortering.Aanvrager => rijen.Op(r => r.Achternaam, aflopend).Dan(r => r.Voornamen, aflopend).Dan(r => r.Id, aflopend),
        ToekenningSortering.Einddatum => rijen.Op(r => r.Einddatum == null, aflopend).Dan(r => r.Einddatum, aflopend).Dan(r => r.Id, aflopend),
        ToekenningSortering.Bedrag => rijen.Op(r => r.TeBetalen, aflopend).Dan(r => r.Id, aflopend),
        _ => rijen.Op(r => r.Ingangsdatum, aflopend).Dan(r => r.Id, aflopend),
    };
}

/// <summary>The flat row the database returns; the name is put together in memory.</summary>
internal sealed record ToekenningRij
{
    public int Id { get; init; }

    public int AanvraagId { get; init; }

    public string Voornamen { get; init; } = "";

    public string? Voorvoegsel { get; init; }

    public string Achternaam { get; init; } = "";

    public DateOnly Ingangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public ToekenningStatus Status { get; init; }

    public Domain.Geld.Bedrag TeBetalen { get; init; }

    public int Kostendelers { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
