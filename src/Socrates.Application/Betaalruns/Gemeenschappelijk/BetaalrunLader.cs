using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

public static class BetaalrunLader
{
    /// <summary>The run of a month in the user's municipality, tracked for a change.</summary>
    public static async Task<Betaalrun> RunVanAsync(this ISocratesDb db, DateOnly maand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Betaalruns.SingleOrDefaultAsync(r => r.Maand == maand, cancellationToken)
            ?? throw new DomeinregelException($"Er is nog geen betaalrun over {maand:MM-yyyy}; start eerst een proefrun.");
    }

    /// <summary>The toekenningen a month pays: active ones that began by its end, and ended ones that ran into it.</summary>
    public static IQueryable<Toekenning> TeBetalenIn(this IQueryable<Toekenning> toekenningen, DateOnly maand)
    {
        var einde = Maand.Van(maand).Laatste;
        return toekenningen.Where(t => t.Ingangsdatum <= einde
            && (t.Status == ToekenningStatus.Actief || (t.Status == ToekenningStatus.Beeindigd && t.Einddatum >= maand)));
    }
}
