using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Beoordelen;

/// <summary>Loads a set for a decision with the version the page showed as its original: a stale page is a concurrency conflict.</summary>
internal static class NormensetLader
{
    public static async Task<Normenset> LaadAsync(ISocratesDb db, int id, int versie, CancellationToken cancellationToken)
    {
        var set = await db.Normensets.SingleOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw new NietGevondenException();
        db.Entry(set).Property(n => n.Versie).OriginalValue = versie;
        return set;
    }
}
