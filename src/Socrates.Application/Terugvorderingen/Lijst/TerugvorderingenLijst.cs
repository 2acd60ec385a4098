using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>
/// The municipality's claims, newest first, paged on the server: those waiting for a team lead, the open ones (default),
/// the closed ones (afgelost, kwijtgescholden, oninbaar, vervallen), or all of one debtor.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record TerugvorderingenLijst(TerugvorderingFilter Filter = TerugvorderingFilter.Open, int? Pagina = null, int? DebiteurId = null)
    : IQuery<Pagina<TerugvorderingRegelView>>;

public enum TerugvorderingFilter
{
    Open,
    Voorgesteld,
    Afgesloten,
    Alle,
}

public sealed record TerugvorderingRegelView(
    int Id, int DebiteurId, string Debiteur, Terugvorderingsgrond Grond, TerugvorderingStatus Status, DateOnly VoorgesteldOp,
    Domain.Geld.Bedrag Totaal, Domain.Geld.Bedrag Saldo, DateOnly? Verjaringsdatum, bool AfzienVoorgesteld);
