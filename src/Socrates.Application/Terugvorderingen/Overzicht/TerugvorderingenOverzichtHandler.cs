using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>
/// Two narrow queries (ground and saldo of the open claims; ground and amount of this month's payments), summed per ground in
/// memory: amounts are value-converted cents, which the providers cannot sum in SQL through the converter.
/// </summary>
public sealed class TerugvorderingenOverzichtHandler(ISocratesDb db, TimeProvider klok) : IQueryHandler<TerugvorderingenOverzicht, OverzichtView>
{
    public async ValueTask<OverzichtView> Handle(TerugvorderingenOverzicht query, CancellationToken cancellationToken)
    {
        var vandaag = klok.Vandaag();
        var maand = Maand.Van(vandaag).Eerste;
        var volgende = maand.AddMonths(1);
        var open = await db.Terugvorderingen.AsNoTracking()
            .Where(t => t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering)
            .Select(t => new { t.Grond, t.Saldo })
            .ToListAsync(cancellationToken);
        var geind = await db.Terugvorderingen.AsNoTracking()
            .SelectMany(t => t.Mutaties.Where(m => (m.Soort == MutatieSoort.Aflossing || m.Soort == MutatieSoort.Verrekening)
                                                   && m.Datum >= maand && m.Datum < volgende), (t, m) => new { t.Grond, m.Bedrag })
            .ToListAsync(cancellationToken);
        var regels = Enum.GetValues<Terugvorderingsgrond>()
            .Select(grond => new OverzichtRegel(grond,
                open.Count(o => o.Grond == grond),
                new Bedrag(open.Where(o => o.Grond == grond).Sum(o => o.Saldo.Centen)),
                new Bedrag(-geind.Where(g => g.Grond == grond).Sum(g => g.Bedrag.Centen))))
            .ToList();
        return new OverzichtView(maand, regels);
    }
}
