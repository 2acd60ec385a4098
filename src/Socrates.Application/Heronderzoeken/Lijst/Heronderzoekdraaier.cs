using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Heronderzoeken.Lijst;

/// <summary>
/// Plans the heronderzoeken of every member (or one): per gemeente, in a scope of its own acting as the system identity
/// <see cref="Systeemidentiteit.Heronderzoek"/> for that gemeente, it sends <see cref="HeronderzoekenPlannen"/>. Called by the
/// web app's background worker at start-up and daily, and by <c>socrates heronderzoeken plannen</c>. Safe to call twice.
/// </summary>
public sealed class Heronderzoekdraaier(ISocratesDb db, IServiceScopeFactory scopes, Planningsgeheugen geheugen, TimeProvider klok)
{
    /// <summary>Returns the number planned per gemeente.</summary>
    public async Task<IReadOnlyList<(GemeenteCode Gemeente, int Gepland)>> DraaiAsync(GemeenteCode? alleen, CancellationToken cancellationToken)
    {
        var gemeenten = alleen is null
            ? await db.Gemeenten.AsNoTracking().OrderBy(g => g.Code).Select(g => g.Code).ToListAsync(cancellationToken)
            : [alleen];
        var uitkomst = new List<(GemeenteCode, int)>();
        foreach (var gemeente in gemeenten)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Heronderzoek, gemeente);
            var gepland = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new HeronderzoekenPlannen(), cancellationToken);
            geheugen.Gepland(gemeente, klok.Vandaag());
            uitkomst.Add((gemeente, gepland));
        }

        return uitkomst;
    }
}
