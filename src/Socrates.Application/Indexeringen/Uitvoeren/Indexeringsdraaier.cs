using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Starten;
using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>
/// Brings every member up to date with the approved normensets: per gemeente, in a scope of its own acting as the
/// indexering's system identity for that gemeente, it starts the indexeringen still needed and works on every one still
/// being computed (also one a stopped process left halfway). Called by the web app's background worker after an approval
/// and at start-up, by <c>socrates normen indexeren</c>, and by <c>normen invoeren --goedkeuren</c>. Safe to call twice.
/// </summary>
public sealed class Indexeringsdraaier(ISocratesDb db, IServiceScopeFactory scopes)
{
    /// <summary>Returns the number of parts this process wrote.</summary>
    public async Task<int> DraaiAsync(string eigenaar, CancellationToken cancellationToken)
    {
        var gemeenten = await db.Gemeenten.AsNoTracking().OrderBy(g => g.Code).Select(g => g.Code).ToListAsync(cancellationToken);
        var delen = 0;
        foreach (var gemeente in gemeenten)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Indexering, gemeente);
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new IndexeringenStarten(), cancellationToken);
            var open = await scope.ServiceProvider.GetRequiredService<ISocratesDb>().Indexeringen.AsNoTracking()
                .Where(i => i.Status == IndexeringStatus.Berekenen).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
            var uitvoerder = scope.ServiceProvider.GetRequiredService<IndexeringUitvoerder>();
            foreach (var id in open)
            {
                delen += await uitvoerder.WerkAsync(id, eigenaar, IndexeringUitvoerder.StandaardLease, null, cancellationToken);
            }
        }

        return delen;
    }
}
