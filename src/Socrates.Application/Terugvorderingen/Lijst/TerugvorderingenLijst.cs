using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>
/// The municipality's claims, newest first or sorted on a column, paged on the server: those waiting for a team lead, the open ones (default),
/// the closed ones (afgelost, kwijtgescholden, oninbaar, vervallen), or all of one debtor; with a <paramref name="Zoekterm"/>
/// only those of the debtors it finds (<see cref="NaamOfBsn"/>: a name or a BSN).
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record TerugvorderingenLijst(
    TerugvorderingFilter Filter = TerugvorderingFilter.Open,
    int? Pagina = null,
    int? DebiteurId = null,
    string? Zoekterm = null,
    TerugvorderingSortering Sortering = TerugvorderingSortering.Nummer,
    Sorteerrichting Richting = Sorteerrichting.Aflopend)
    : IQuery<Pagina<TerugvorderingRegelView>>
{
    /// <summary>Only the message name: <see cref="Zoekterm"/> holds a name or a BSN.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}

public enum TerugvorderingFilter
{
    Open,
    Voorgesteld,
    Afgesloten,
    Alle,
}

/// <summary>The column the claims are sorted on; every order ends on the number (the id), so paging is stable.</summary>
public enum TerugvorderingSortering
{
    Nummer,
    Debiteur,
    Verjaringsdatum,
    Totaal,
    Saldo,
}

public sealed record TerugvorderingRegelView(
    int Id, int DebiteurId, string Debiteur, Terugvorderingsgrond Grond, TerugvorderingStatus Status, DateOnly VoorgesteldOp,
    Domain.Geld.Bedrag Totaal, Domain.Geld.Bedrag Saldo, DateOnly? Verjaringsdatum, bool AfzienVoorgesteld);
