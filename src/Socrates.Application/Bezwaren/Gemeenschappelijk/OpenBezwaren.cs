using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>
/// Whether a bezwaar is still open (no beslissing op bezwaar taken yet, or a herroeping whose replacing besluit is not yet
/// taken: <see cref="BezwaarStatus.HerroepingUitvoeren"/> is open work): for a person, an aanvraag or a terugvordering. Used by
/// whoever must not close or destroy a dossier while a bezwaar runs (retention: Archiefwet, docs/bezwaar.md), and by the
/// werkvoorraad, which lists the open ones (<see cref="IsOpen"/>). Within the signed-in user's municipality, like every query.
/// </summary>
public static class OpenBezwaren
{
    /// <summary>The one definition of an open bezwaar, as a query: not Beslist (so still in behandeling, or its herroeping still to be carried out).</summary>
    public static readonly Expression<Func<Bezwaar, bool>> IsOpen = b => b.Status != BezwaarStatus.Beslist;

    public static Task<bool> HeeftOpenBezwaarVoorPersoonAsync(this ISocratesDb db, int persoonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bezwaren.Where(IsOpen).AnyAsync(b => b.PersoonId == persoonId, cancellationToken);
    }

    public static Task<bool> HeeftOpenBezwaarVoorAanvraagAsync(this ISocratesDb db, int aanvraagId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bezwaren.Where(IsOpen).AnyAsync(b => b.Besluit.AanvraagId == aanvraagId, cancellationToken);
    }

    public static Task<bool> HeeftOpenBezwaarVoorTerugvorderingAsync(this ISocratesDb db, int terugvorderingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Bezwaren.Where(IsOpen).AnyAsync(b => b.Besluit.TerugvorderingId == terugvorderingId, cancellationToken);
    }
}
