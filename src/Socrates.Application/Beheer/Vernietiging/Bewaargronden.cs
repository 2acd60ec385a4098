using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Beheer.Vernietiging;

/// <summary>
/// Reads what each dossier's vernietigingsdatum is computed from (<see cref="Bewaargrond"/>), a set of dossiers at a time
/// in one query per kind; and sieves the municipality's persons whose term has passed, in SQL, for a paged list.
/// </summary>
public sealed class Bewaargronden(ISocratesDb db)
{
    private static readonly AanvraagStatus[] Open =
        [AanvraagStatus.Gemeld, AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling, AanvraagStatus.BesluitVoorgesteld];

    public static Bewaartermijn Termijn => Bewaartermijnen.Bijstand;

    /// <summary>
    /// The persons of the own municipality with a dossier whose term has passed on <paramref name="vandaag"/> and that was
    /// not destroyed yet; blockers are not applied here (they are shown per row, and checked again before destruction).
    /// </summary>
    public IQueryable<Persoon> Verstreken(DateOnly vandaag)
    {
        var grens = Vernietigingsdatum.UitersteAanvang(vandaag, Termijn);
        return db.Personen.AsNoTracking()
            .Where(p => db.Aanvragen.Any(a => a.AanvragerId == p.Id)
                && !db.VernietigdeDossiers.Any(v => v.PersoonId == p.Id)
                && !db.Aanvragen.Any(a => a.AanvragerId == p.Id
                    && (Open.Contains(a.Status) || a.Besluitvorming.Datum == null || a.Besluitvorming.Datum > grens))
                && !db.Toekenningen.Any(t => t.AanvragerId == p.Id && t.Status != ToekenningStatus.Vervallen
                    && (t.Einddatum == null || t.Einddatum > grens))
                && !db.Beschikkingen.Any(b => b.Datum > grens && db.Aanvragen.Any(a => a.Id == b.AanvraagId && a.AanvragerId == p.Id))
                && !db.Terugvorderingen.Any(t => t.DebiteurId == p.Id && (t.VoorgesteldOp > grens || t.Mutaties.Any(m => m.Datum > grens)))
                && !db.Bewaartermijnverlengingen.Any(v => v.PersoonId == p.Id && v.Tot > vandaag));
    }

    /// <summary>The grounds of each of <paramref name="dossiers"/> (person ids); a person without an aanvraag has none.</summary>
    public async Task<IReadOnlyDictionary<int, Bewaargrond>> VoorAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var aanvragen = await db.Aanvragen.AsNoTracking()
            .Where(a => dossiers.Contains(a.AanvragerId))
            .Select(a => new
            {
                a.AanvragerId, a.Status, Besluit = a.Besluitvorming.Datum,
                Brief = db.Beschikkingen.Where(b => b.AanvraagId == a.Id).Max(b => (DateOnly?)b.Datum),
            })
            .ToListAsync(cancellationToken);
        var toekenningen = await db.Toekenningen.AsNoTracking()
            .Where(t => dossiers.Contains(t.AanvragerId) && t.Status != ToekenningStatus.Vervallen)
            .Select(t => new { t.AanvragerId, t.Status, t.Einddatum })
            .ToListAsync(cancellationToken);
        var terugvorderingen = await db.Terugvorderingen.AsNoTracking()
            .Where(t => dossiers.Contains(t.DebiteurId))
            .Select(t => new { t.DebiteurId, t.VoorgesteldOp, Boeking = t.Mutaties.Max(m => (DateOnly?)m.Datum) })
            .ToListAsync(cancellationToken);
        var verlengingen = await db.Bewaartermijnverlengingen.AsNoTracking()
            .Where(v => dossiers.Contains(v.PersoonId))
            .GroupBy(v => v.PersoonId)
            .Select(g => new { PersoonId = g.Key, Tot = g.Max(v => v.Tot) })
            .ToDictionaryAsync(v => v.PersoonId, v => v.Tot, cancellationToken);

        return aanvragen.GroupBy(a => a.AanvragerId).ToDictionary(g => g.Key, g =>
        {
            var eigen = toekenningen.Where(t => t.AanvragerId == g.Key).ToList();
            var vorderingen = terugvorderingen.Where(t => t.DebiteurId == g.Key).ToList();
            return new Bewaargrond(
                ToekenningLoopt: eigen.Any(t => t.Status == ToekenningStatus.Voorgesteld
                    || (t.Status == ToekenningStatus.Actief && (t.Einddatum is null || t.Einddatum >= vandaag))),
                AanvraagOpen: g.Any(a => Open.Contains(a.Status)),
                LaatsteEinde: eigen.Max(t => t.Einddatum),
                LaatsteBesluit: g.SelectMany(a => new[] { a.Besluit, a.Brief }).Max(),
                LaatsteBoeking: vorderingen.SelectMany(t => new[] { t.VoorgesteldOp, t.Boeking }).Max(),
                VerlengdTot: verlengingen.TryGetValue(g.Key, out var tot) ? tot : null);
        });
    }
}
