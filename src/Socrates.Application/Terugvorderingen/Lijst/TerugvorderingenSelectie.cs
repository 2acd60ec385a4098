using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>The claims list's filter and order as queries, shared by its page and its export.</summary>
internal static class TerugvorderingenSelectie
{
    public static IQueryable<Terugvordering> Filter(ISocratesDb db, TerugvorderingenLijst query)
    {
        var vorderingen = db.Terugvorderingen.AsNoTracking();
        vorderingen = query.Filter switch
        {
            TerugvorderingFilter.Open => vorderingen.Where(t => t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering),
            TerugvorderingFilter.Voorgesteld => vorderingen.Where(t => t.Status == TerugvorderingStatus.Voorgesteld || t.AfzienBedrag != null),
            TerugvorderingFilter.Afgesloten => vorderingen.Where(t => t.Status == TerugvorderingStatus.Afgelost || t.Status == TerugvorderingStatus.Kwijtgescholden
                                                                    || t.Status == TerugvorderingStatus.Oninbaar || t.Status == TerugvorderingStatus.Vervallen),
            _ => vorderingen,
        };
        if (query.DebiteurId is { } debiteur)
        {
            vorderingen = vorderingen.Where(t => t.DebiteurId == debiteur);
        }

        if (NaamOfBsn.Lees(query.Zoekterm) is { } zoek)
        {
            var debiteuren = zoek.PersoonIds(db.Personen.AsNoTracking());
            vorderingen = vorderingen.Where(t => debiteuren.Contains(t.DebiteurId));
        }

        return vorderingen;
    }

    /// <summary>
    /// The rows in the chosen order, joined to the debiteur. With <paramref name="pagina"/>, only that page: sorted on a
    /// column of the claim, the page is cut from the claims alone and only its rows are joined.
    /// </summary>
    public static IQueryable<TerugvorderingRij> Rijen(
        ISocratesDb db, IQueryable<Terugvordering> vorderingen, TerugvorderingenLijst query, (int Overslaan, int Aantal)? pagina)
    {
        var aflopend = query.Richting == Sorteerrichting.Aflopend;
        if (query.Sortering != TerugvorderingSortering.Debiteur && pagina is { } deel)
        {
            var ids = Sorteer(vorderingen, query.Sortering, aflopend).Skip(deel.Overslaan).Take(deel.Aantal).Select(t => t.Id);
            return Sorteer(MetDebiteur(db, db.Terugvorderingen.AsNoTracking().Where(t => ids.Contains(t.Id))), query.Sortering, aflopend);
        }

        var rijen = Sorteer(MetDebiteur(db, vorderingen), query.Sortering, aflopend);
        return pagina is { } stuk ? rijen.Skip(stuk.Overslaan).Take(stuk.Aantal) : rijen;
    }

    public static TerugvorderingRegelView Regel(TerugvorderingRij r) => new(
        r.Id, r.DebiteurId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Grond, r.Status,
        r.VoorgesteldOp, r.Totaal, r.Saldo, r.Verjaringsdatum, r.Afzien);

    private static IQueryable<TerugvorderingRij> MetDebiteur(ISocratesDb db, IQueryable<Terugvordering> vorderingen) =>
        vorderingen.Join(db.Personen.AsNoTracking(), t => t.DebiteurId, p => p.Id, (t, p) => new TerugvorderingRij
        {
            Id = t.Id, DebiteurId = t.DebiteurId, Voornamen = p.Voornamen, Voorvoegsel = p.Voorvoegsel, Achternaam = p.Achternaam,
            Grond = t.Grond, Status = t.Status, VoorgesteldOp = t.VoorgesteldOp, Totaal = t.Totaal, Saldo = t.Saldo,
            Verjaringsdatum = t.Verjaringsdatum, Afzien = t.AfzienBedrag != null,
        });

    private static IQueryable<Terugvordering> Sorteer(IQueryable<Terugvordering> rijen, TerugvorderingSortering sortering, bool aflopend) => sortering switch
    {
        TerugvorderingSortering.Verjaringsdatum => rijen.Op(t => t.Verjaringsdatum == null, aflopend).Dan(t => t.Verjaringsdatum, aflopend).Dan(t => t.Id, aflopend),
        TerugvorderingSortering.Totaal => rijen.Op(t => t.Totaal, aflopend).Dan(t => t.Id, aflopend),
        TerugvorderingSortering.Saldo => rijen.Op(t => t.Saldo, aflopend).Dan(t => t.Id, aflopend),
        _ => rijen.Op(t => t.Id, aflopend),
    };

    private static IQueryable<TerugvorderingRij> Sorteer(IQueryable<TerugvorderingRij> rijen, TerugvorderingSortering sortering, bool aflopend) => sortering switch
    {
        TerugvorderingSortering.Debiteur => rijen.Op(r => r.Achternaam, aflopend).Dan(r => r.Voornamen, aflopend).Dan(r => r.Id, aflopend),
        TerugvorderingSortering.Verjaringsdatum => rijen.Op(r => r.Verjaringsdatum == null, aflopend).Dan(r => r.Verjaringsdatum, aflopend).Dan(r => r.Id, aflopend),
        TerugvorderingSortering.Totaal => rijen.Op(r => r.Totaal, aflopend).Dan(r => r.Id, aflopend),
        TerugvorderingSortering.Saldo => rijen.Op(r => r.Saldo, aflopend).Dan(r => r.Id, aflopend),
        _ => rijen.Op(r => r.Id, aflopend),
    };
}

/// <summary>The flat row the database returns; the name is put together in memory.</summary>
internal sealed record TerugvorderingRij
{
    public int Id { get; init; }

    public int DebiteurId { get; init; }

    public string Voornamen { get; init; } = "";

    public string? Voorvoegsel { get; init; }

    public string Achternaam { get; init; } = "";

    public Terugvorderingsgrond Grond { get; init; }

    public TerugvorderingStatus Status { get; init; }

    public DateOnly VoorgesteldOp { get; init; }

    public Bedrag Totaal { get; init; }

    public Bedrag Saldo { get; init; }

    public DateOnly? Verjaringsdatum { get; init; }

    public bool Afzien { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
