using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.ApiKoppelingen;
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

    /// <summary>The rows of <paramref name="koppelingen"/>, in their order, in one query.</summary>
    public static async Task<IReadOnlyList<ApiKoppelingRegel>> LeesAsync(IQueryable<ApiKoppeling> koppelingen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(koppelingen);
        var rijen = await koppelingen.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rijen.Select(k => new ApiKoppelingRegel(k.Id, k.Naam, k.Rol, k.RechtenLijst, k.Sleutelprefix, k.AangemaaktOp, k.AangemaaktDoor,
            k.IngetrokkenOp, k.IngetrokkenDoor, k.LaatstGebruiktOp, k.Versie))];
    }

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
