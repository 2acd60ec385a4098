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
    DateOnly LaatsteMaand, IReadOnlyList<OpgaveRij> Opgaven)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record OpgaveRij(
    int Id, DateOnly Maand, Gezinslid Van, string Werkgever, DateOnly PeriodeVan, DateOnly PeriodeTot, Bedrag NettoLoon, Bedrag BrutoLoon,
    Bedrag Vakantiegeld, decimal Uren, string? Documentreferentie, bool Vervangen, int? VervangtId, bool Verwerkt, string GeregistreerdDoor,
    DateTime GeregistreerdOp, int Versie);
