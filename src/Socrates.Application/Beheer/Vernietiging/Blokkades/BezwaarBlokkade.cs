using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Beheer.Vernietiging.Blokkades;

/// <summary>
/// An open bezwaar keeps the dossier (also one whose herroeping still waits for the replacing besluit), and so does the
/// beroepstermijn after a beslissing op bezwaar: six weeks from the day
/// after it was sent (Awb 8:1, 6:7, 6:8, with the Algemene termijnenwet), in which the person may still go to the rechtbank.
/// Beroep itself is not registered in Socrates: a beroep lodged keeps the dossier through a Beheerder's extension.
/// </summary>
public sealed class BezwaarBlokkade(ISocratesDb db) : IVernietigingsblokkade
{
    public async Task<IReadOnlyList<Blokkade>> BlokkadesAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken)
    {
        // A beslissing sent at least eight weeks ago is past its beroepstermijn, whatever holidays lengthen it.
        var recent = vandaag.AddDays(-56);
        var bezwaren = await db.Bezwaren.AsNoTracking()
            .Where(b => dossiers.Contains(b.PersoonId) && (b.Status != BezwaarStatus.Beslist || b.BeslistOp >= recent))
            .Select(b => new { b.Id, b.PersoonId, b.Status, b.BeslistOp })
            .ToListAsync(cancellationToken);
        var blokkades = new List<Blokkade>();
        foreach (var b in bezwaren)
        {
            if (b.Status == BezwaarStatus.HerroepingUitvoeren)
            {
                blokkades.Add(new Blokkade(b.PersoonId, $"Bij bezwaar {b.Id} is de herroeping nog niet uitgevoerd: het nieuwe besluit ontbreekt nog."));
            }
            else if (b.Status != BezwaarStatus.Beslist)
            {
                blokkades.Add(new Blokkade(b.PersoonId, $"Bezwaar {b.Id} is nog niet beslist."));
            }
            else if (b.BeslistOp is { } beslist && Bezwaartermijnen.LaatsteDagBezwaar(beslist) >= vandaag)
            {
                blokkades.Add(new Blokkade(b.PersoonId, $"De beroepstermijn tegen de beslissing op bezwaar {b.Id} loopt tot en met {Bezwaartermijnen.LaatsteDagBezwaar(beslist):dd-MM-yyyy}."));
            }
        }

        return blokkades;
    }
}
