using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Gemeenten;

internal sealed class Gemeenteregels(SocratesDbContext db, GemeenteregelsCache cache) : IGemeenteregels
{
    public async Task<Regelversies> VersiesAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        var lid = Leden.Van(gemeente);
        var tabel = db.InstellingenVan(lid.Code).AsNoTracking();
        var stand = await tabel.GroupBy(i => 1)
            .Select(g => new Regelstand(g.Max(i => i.Id), g.Count(i => i.IngetrokkenOp != null)))
            .SingleOrDefaultAsync(cancellationToken) ?? new Regelstand(0, 0);
        if (cache.Probeer(gemeente, stand, out var versies))
        {
            return versies;
        }

        versies = new Regelversies(lid, await tabel.ToListAsync(cancellationToken));
        cache.Zet(gemeente, stand, versies);
        return versies;
    }
}
