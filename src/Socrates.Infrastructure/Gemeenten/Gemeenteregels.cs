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
        var hoogsteId = await tabel.MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        if (cache.Probeer(gemeente, hoogsteId, out var versies))
        {
            return versies;
        }

        versies = new Regelversies(lid, await tabel.ToListAsync(cancellationToken));
        cache.Zet(gemeente, hoogsteId, versies);
        return versies;
    }
}
