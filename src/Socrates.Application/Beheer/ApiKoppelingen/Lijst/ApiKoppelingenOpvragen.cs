using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.ApiKoppelingen.Lijst;

/// <summary>The gemeente's API-koppelingen, the active ones first, by name; a page at a time.</summary>
[Vereist(Rol.Beheerder)]
public sealed record ApiKoppelingenOpvragen : IQuery<Pagina<ApiKoppelingRegel>>
{
    public int? Pagina { get; init; }
}

/// <summary>One koppeling as the beheer page lists it: never its key or hash, only the prefix that tells keys apart.</summary>
public sealed record ApiKoppelingRegel(
    int Id, string Naam, string Rol, IReadOnlyList<string> Rechten, string Sleutelprefix, DateTime AangemaaktOp, string AangemaaktDoor,
    DateTime? IngetrokkenOp, string? IngetrokkenDoor, DateTime? LaatstGebruiktOp, int Versie)
{
    public bool IsActief => IngetrokkenOp is null;

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
