using Mediator;
using Socrates.Application.Beheer.ApiKoppelingen.Lijst;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Beheer.ApiKoppelingen.Details;

public sealed class ApiKoppelingDetailsHandler(ISocratesDb db) : IQueryHandler<ApiKoppelingDetails, ApiKoppelingRegel?>
{
    public async ValueTask<ApiKoppelingRegel?> Handle(ApiKoppelingDetails query, CancellationToken cancellationToken) =>
        (await ApiKoppelingRegel.LeesAsync(db.ApiKoppelingen.Where(k => k.Id == query.Id), cancellationToken)).SingleOrDefault();
}
