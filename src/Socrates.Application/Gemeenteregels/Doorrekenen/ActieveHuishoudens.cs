using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// The households of the municipality's active toekenningen (status Actief), in a fixed number of queries whatever
/// their number: the aanvragen with their household tables (split query), the birth dates, and the toekenningen.
/// </summary>
public static class ActieveHuishoudens
{
    public static async Task<IReadOnlyList<Doorrekenhuishouden>> LaadAsync(
        this ISocratesDb db, DateOnly peildatum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actief = db.Toekenningen.Where(t => t.Status == ToekenningStatus.Actief);
        var toekenningen = await actief.AsNoTracking()
            .OrderBy(t => t.Id).Select(t => new { t.Id, t.AanvraagId }).ToListAsync(cancellationToken);
        // A join, not EXISTS or IN: SQLite then reads each household table along its foreign key (linear, where the
        // correlated forms took minutes for 30,000 aanvragen).
        var aanvragen = new Dictionary<int, Domain.Aanvragen.Aanvraag>();
        foreach (var aanvraag in await actief.Join(db.Aanvragen, t => t.AanvraagId, a => a.Id, (t, a) => a)
                     .AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken))
        {
            aanvragen.TryAdd(aanvraag.Id, aanvraag);
        }

        var personen = aanvragen.Values.Select(a => a.AanvragerId)
            .Concat(aanvragen.Values.Select(a => a.PartnerId).OfType<int>()).Distinct().ToList();
        // One JSON parameter for the list (as the betaalrun does): one SQL parameter per id ran into SQLite's limit of
        // 32,766 variables at 30,003 households with their partners.
        var geboren = await db.Personen.AsNoTracking()
            .Where(p => EF.Parameter(personen).Contains(p.Id))
            .Select(p => new { p.Id, p.Geboortedatum })
            .ToDictionaryAsync(p => p.Id, p => p.Geboortedatum, cancellationToken);

        var huishoudens = new List<Doorrekenhuishouden>(toekenningen.Count);
        foreach (var t in toekenningen)
        {
            var aanvraag = aanvragen[t.AanvraagId];
            DateOnly? partner = aanvraag.PartnerId is { } p ? geboren[p] : null;
            var (huishouden, _) = Huishoudensnapshot.Van(aanvraag, geboren[aanvraag.AanvragerId], partner, peildatum);
            huishoudens.Add(new Doorrekenhuishouden(t.Id, t.AanvraagId, huishouden));
        }

        return huishoudens;
    }
}
