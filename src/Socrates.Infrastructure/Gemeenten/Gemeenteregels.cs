using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Gemeenten;

internal sealed class Gemeenteregels(SocratesDbContext db, GemeenteregelsCache cache) : IGemeenteregels
{
    public async Task<GemeenteInstellingen> OpAsync(GemeenteCode gemeente, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var versies = await VersiesAsync(gemeente, cancellationToken);
        return versies.FirstOrDefault(v => v.GeldigVanaf <= peildatum)
            ?? throw new DomeinregelException(
                $"Voor {Leden.Van(gemeente).Naam} zijn er geen gemeenteregels die gelden op {peildatum:dd-MM-yyyy}.");
    }

    public async Task<IReadOnlyList<GemeenteInstellingen>> VersiesAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        var tabel = db.InstellingenVan(Leden.Van(gemeente).Code).AsNoTracking();
        var hoogsteId = await tabel.MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        if (cache.Probeer(gemeente, hoogsteId, out var versies))
        {
            return versies;
        }

        versies = await tabel.OrderByDescending(i => i.GeldigVanaf).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
        cache.Zet(gemeente, hoogsteId, versies);
        return versies;
    }
}
