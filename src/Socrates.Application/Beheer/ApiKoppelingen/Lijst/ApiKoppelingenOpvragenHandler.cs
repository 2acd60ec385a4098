using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Beheer.ApiKoppelingen.Lijst;

public sealed class ApiKoppelingenOpvragenHandler(ISocratesDb db) : IQueryHandler<ApiKoppelingenOpvragen, Pagina<ApiKoppelingRegel>>
{
    public async ValueTask<Pagina<ApiKoppelingRegel>> Handle(ApiKoppelingenOpvragen query, CancellationToken cancellationToken)
    {
        var nummer = Paginering.Begrens(query.Pagina);
        var grootte = Paginering.StandaardGrootte;
        var totaal = await db.ApiKoppelingen.CountAsync(cancellationToken);
        var rijen = await db.ApiKoppelingen.AsNoTracking()
            .OrderBy(k => k.IngetrokkenOp != null).ThenBy(k => k.Naam).ThenBy(k => k.Id)
            .Skip((nummer - 1) * grootte).Take(grootte)
            .Select(k => new { k.Id, k.Naam, k.Rol, k.Rechten, k.Sleutelprefix, k.AangemaaktOp, k.AangemaaktDoor, k.IngetrokkenOp, k.IngetrokkenDoor, k.LaatstGebruiktOp, k.Versie })
            .ToListAsync(cancellationToken);
        return new Pagina<ApiKoppelingRegel>(
            [.. rijen.Select(k => new ApiKoppelingRegel(k.Id, k.Naam, k.Rol, k.Rechten.Split(' ', StringSplitOptions.RemoveEmptyEntries), k.Sleutelprefix,
                k.AangemaaktOp, k.AangemaaktDoor, k.IngetrokkenOp, k.IngetrokkenDoor, k.LaatstGebruiktOp, k.Versie))],
            nummer, grootte, totaal);
    }
}
