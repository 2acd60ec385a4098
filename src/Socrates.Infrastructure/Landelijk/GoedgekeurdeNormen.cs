using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Normen;
using Socrates.Domain.Normen;
using Socrates.Domain.Rekenkern;

namespace Socrates.Infrastructure.Landelijk;

/// <summary>
/// The national figures of the approved normensets (docs/normen.md): one tijdreeks per table over every approved set,
/// the bruteringspercentages of a year from its latest set, the AOW ages from the newest set. Every scope asks the
/// database once whether a set was approved since the process built its figures (a second web instance sees another's
/// approval on its next request); the sets themselves are read only when that changed.
/// </summary>
internal sealed class GoedgekeurdeNormen(ISocratesDb db, LandelijkeNormenCache cache) : ILandelijkeNormen
{
    private LandelijkeNormen? _inDezeScope;

    public async ValueTask<LandelijkeNormen> OphalenAsync(CancellationToken cancellationToken)
    {
        if (_inDezeScope is not null)
        {
            return _inDezeScope;
        }

        var goedgekeurd = db.Normensets.AsNoTracking().Where(n => n.Status == NormensetStatus.Goedgekeurd);
        var stand = new Normensetstand(
            await goedgekeurd.CountAsync(cancellationToken),
            await goedgekeurd.MaxAsync(n => (int?)n.Id, cancellationToken) ?? 0);
        if (cache.Bij(stand) is not { } normen)
        {
            normen = Bouw(await db.GoedgekeurdeAsync(cancellationToken));
            cache.Zet(stand, normen);
        }

        return _inDezeScope = normen;
    }

    public async ValueTask<LandelijkeNormen> ZonderAsync(int normensetId, CancellationToken cancellationToken) =>
        Bouw([.. (await db.GoedgekeurdeAsync(cancellationToken)).Where(s => s.Id != normensetId)]);

    private static LandelijkeNormen Bouw(IReadOnlyList<Normenset> sets)
    {
        if (sets.Count == 0)
        {
            throw new InvalidOperationException("Er is geen goedgekeurde normenset: de migratie Normensets is niet uitgevoerd.");
        }

        return LandelijkeNormen.Maak(
            sets.Select(s => (s.Ingangsdatum, s.Normbedragen)),
            sets.Select(s => (s.Ingangsdatum, s.Vrijlatingen)),
            sets.Select(s => (s.Ingangsdatum, s.Vermogensgrenzen)),
            sets.Where(s => s.Brutering is not null).GroupBy(s => s.Ingangsdatum.Year)
                .Select(g => (new DateOnly(g.Key, 1, 1), g.Last().Brutering!)),
            sets[^1].AowLeeftijden.Select(r => (r.Jaar, r.Jaren, r.Maanden)));
    }
}
