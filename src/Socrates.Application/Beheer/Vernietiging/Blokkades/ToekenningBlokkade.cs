using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Beheer.Vernietiging.Blokkades;

/// <summary>A toekenning that runs (or waits for approval) keeps the dossier: its term has not started.</summary>
public sealed class ToekenningBlokkade(ISocratesDb db) : IVernietigingsblokkade
{
    public async Task<IReadOnlyList<Blokkade>> BlokkadesAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var lopend = await db.Toekenningen.AsNoTracking()
            .Where(t => dossiers.Contains(t.AanvragerId)
                && (t.Status == ToekenningStatus.Voorgesteld
                    || (t.Status == ToekenningStatus.Actief && (t.Einddatum == null || t.Einddatum >= vandaag))))
            .Select(t => new { t.Id, t.AanvragerId, t.Status })
            .ToListAsync(cancellationToken);
        return lopend.Select(t => new Blokkade(t.AanvragerId, t.Status == ToekenningStatus.Voorgesteld
                ? $"Toekenning {t.Id} wacht op goedkeuring."
                : $"Toekenning {t.Id} loopt nog."))
            .ToList();
    }
}
