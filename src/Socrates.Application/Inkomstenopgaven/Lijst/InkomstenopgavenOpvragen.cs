using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Lijst;

/// <summary>The inkomstenopgaven of a toekenning, newest month first, corrections with what they replaced; null for another gemeente's.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record InkomstenopgavenOpvragen(int ToekenningId) : IQuery<InkomstenopgavenView?>;

public sealed record InkomstenopgavenView(
    int ToekenningId, int AanvraagId, string Naam, bool HeeftPartner, DateOnly Ingangsdatum, DateOnly? Einddatum, DateOnly EersteMaand,
    DateOnly LaatsteMaand, IReadOnlyList<OpgaveRij> Opgaven, OpgaveplichtStand? Opgaveplicht = null, LopendeOpschorting? Opschorting = null)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record OpgaveRij(
    int Id, DateOnly Maand, Gezinslid Van, string Werkgever, DateOnly PeriodeVan, DateOnly PeriodeTot, Bedrag NettoLoon, Bedrag BrutoLoon,
    Bedrag Vakantiegeld, decimal Uren, string? Documentreferentie, bool Vervangen, int? VervangtId, bool Verwerkt, string GeregistreerdDoor,
    DateTime GeregistreerdOp, int Versie);

/// <summary>The household's duty to hand in an opgave every month, from <c>Vanaf</c> up to <c>Tot</c> (first days).</summary>
public sealed record OpgaveplichtStand(DateOnly Vanaf, DateOnly? Tot, int Versie);

/// <summary>The household's running opschorting (art. 54 lid 1).</summary>
public sealed record LopendeOpschorting(int Id, DateOnly Maand, DateOnly HerstelUiterlijk);
