using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Beheer.Vernietiging.Blokkades;

/// <summary>
/// A terugvordering with a saldo, or one still proposed, keeps the dossier: the claim is still collected (and the
/// selection list's term runs only after the invordering ends). Both the person's own claims and claims on the dossier's
/// toekenningen (a partner as debiteur) count.
/// </summary>
public sealed class SaldoBlokkade(ISocratesDb db) : IVernietigingsblokkade
{
    public async Task<IReadOnlyList<Blokkade>> BlokkadesAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var open = await db.Terugvorderingen.AsNoTracking()
            .Where(t => t.Saldo != Bedrag.Nul || t.Status == TerugvorderingStatus.Voorgesteld)
            .Select(t => new
            {
                t.Id, t.DebiteurId, t.Saldo, t.Status,
                Aanvrager = db.Toekenningen.Where(k => k.Id == t.ToekenningId).Select(k => k.AanvragerId).FirstOrDefault(),
            })
            .Where(t => dossiers.Contains(t.DebiteurId) || dossiers.Contains(t.Aanvrager))
            .ToListAsync(cancellationToken);
        return open.SelectMany(t => new[] { t.DebiteurId, t.Aanvrager }.Distinct().Where(dossiers.Contains).Select(d => new Blokkade(d,
                t.Status == TerugvorderingStatus.Voorgesteld
                    ? $"Terugvordering {t.Id} is voorgesteld en nog niet vastgesteld."
                    : $"Terugvordering {t.Id} heeft nog een saldo van {t.Saldo}.")))
            .ToList();
    }
}
