using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>
/// Whether a bezwaar is still open (no beslissing op bezwaar taken yet, or a herroeping whose replacing besluit is not yet
/// taken: <see cref="BezwaarStatus.HerroepingUitvoeren"/> is open work): for a person, an aanvraag or a terugvordering. Used by
/// whoever must not close or destroy a dossier while a bezwaar runs (retention: Archiefwet, docs/bezwaar.md). Within the
/// signed-in user's municipality, like every query.
/// </summary>
public static class OpenBezwaren
{
    public static Task<bool> HeeftOpenBezwaarVoorPersoonAsync(this ISocratesDb db, int persoonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bezwaren.AnyAsync(b => b.PersoonId == persoonId && b.Status != BezwaarStatus.Beslist, cancellationToken);
    }

    public static Task<bool> HeeftOpenBezwaarVoorAanvraagAsync(this ISocratesDb db, int aanvraagId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bezwaren.AnyAsync(b => b.Besluit.AanvraagId == aanvraagId && b.Status != BezwaarStatus.Beslist, cancellationToken);
    }

    public static Task<bool> HeeftOpenBezwaarVoorTerugvorderingAsync(this ISocratesDb db, int terugvorderingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bezwaren.AnyAsync(b => b.Besluit.TerugvorderingId == terugvorderingId && b.Status != BezwaarStatus.Beslist, cancellationToken);
    }
}
