using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen;

/// <summary>
/// Reads the approved sets, oldest first: the one place the runtime figures are built from (the port
/// <c>ILandelijkeNormen</c> can call <see cref="GoedgekeurdeAsync"/> and make one <c>Tijdreeks</c> per table of it).
/// Approved sets are never edited, so a cache may keep them until <see cref="NormenVersie"/> moves.
/// </summary>
public static class Normensetlezer
{
    public static async Task<IReadOnlyList<Normenset>> GoedgekeurdeAsync(this ISocratesDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Normensets.AsNoTracking().Where(n => n.Status == NormensetStatus.Goedgekeurd)
            .OrderBy(n => n.Ingangsdatum).ToListAsync(cancellationToken);
    }

    /// <summary>The approved set in force on <paramref name="peildatum"/>, or null before the first.</summary>
    public static async Task<Normenset?> GeldendOpAsync(this ISocratesDb db, DateOnly peildatum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Normensets.AsNoTracking()
            .Where(n => n.Status == NormensetStatus.Goedgekeurd && n.Ingangsdatum <= peildatum)
            .OrderByDescending(n => n.Ingangsdatum).FirstOrDefaultAsync(cancellationToken);
    }
}
