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
        var pagina = db.ApiKoppelingen.OrderBy(k => k.IngetrokkenOp != null).ThenBy(k => k.Naam).ThenBy(k => k.Id).Skip((nummer - 1) * grootte).Take(grootte);
        return new Pagina<ApiKoppelingRegel>(await ApiKoppelingRegel.LeesAsync(pagina, cancellationToken), nummer, grootte, totaal);
    }
}
