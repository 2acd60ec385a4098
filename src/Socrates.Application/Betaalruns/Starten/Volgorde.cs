using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Betaalruns.Starten;

/// <summary>
/// Runs go month after month (issue #18.4; docs/betalingen.md): a new run for month <i>m</i> starts only when <i>m</i> − 1
/// is definitive, or no toekenning of the municipality runs in <i>m</i> − 1, or <i>m</i> is the overgangsmaand. A month at or
/// before a definitive month is refused (a late month is paid by the next run's nabetaling lines), and so is a month before
/// the overgangsmaand (the previous system paid it).
/// </summary>
public static class Volgorde
{
    public static async Task ControleerAsync(ISocratesDb db, GemeenteCode gemeente, DateOnly maand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var overgang = await db.Gemeenten.AsNoTracking().Where(g => g.Code == gemeente).Select(g => g.Overgangsmaand).SingleAsync(cancellationToken);
        if (overgang is { } o && maand < o)
        {
            throw new DomeinregelException($"De betaalruns beginnen bij de overgangsmaand {o:MM-yyyy}: {maand:MM-yyyy} betaalde het vorige systeem.");
        }

        var laatste = await db.Betaalruns.AsNoTracking().Where(r => r.Status == BetaalrunStatus.Definitief).OrderByDescending(r => r.Maand)
            .Select(r => (DateOnly?)r.Maand).FirstOrDefaultAsync(cancellationToken);
        if (laatste is { } l && maand <= l)
        {
            throw new DomeinregelException(
                $"De betaalrun van {l:MM-yyyy} is al definitief: een eerdere maand draait niet meer. Wat een late toekenning over {maand:MM-yyyy} nog krijgt, betaalt de volgende betaalrun na.");
        }

        var vorige = maand.AddMonths(-1);
        if (maand == overgang || laatste == vorige)
        {
            return;
        }

        if (await db.Betaalruns.AsNoTracking().AnyAsync(r => r.Maand == vorige, cancellationToken)
            || await db.Toekenningen.AsNoTracking().TeBetalenIn(vorige).AnyAsync(cancellationToken))
        {
            throw new DomeinregelException($"Maak eerst de betaalrun van {vorige:MM-yyyy} definitief: de betaalruns gaan maand na maand.");
        }
    }
}
