using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Details;

public sealed record VernietigingslijstView(
    int Id, string Categorie, int Termijn, VernietigingslijstStatus Status, DateOnly OpgesteldOp, bool OpgesteldDoorMij,
    DateOnly? GoedgekeurdOp, bool GoedgekeurdDoorMij, int Versie, int TeDoen, Pagina<VernietigingslijstDossier> Dossiers);

/// <summary>
/// A dossier on the list: before destruction the person's name and masked BSN, afterwards only the anonymous reference.
/// </summary>
public sealed record VernietigingslijstDossier(
    int PersoonId, string Naam, string Bsn, DateOnly Vernietigingsdatum, DateOnly? VernietigdOp, string? OvergeslagenReden)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
