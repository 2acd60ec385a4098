using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Gemeenschappelijk;

/// <summary>Loads a claim of the signed-in user's municipality for a change, checked against the form's version.</summary>
public static class TerugvorderingLader
{
    public static async Task<Terugvordering> LaadVoorWijzigingAsync(this ISocratesDb db, TerugvorderingOpdracht opdracht, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(opdracht);
        var vordering = await db.Terugvorderingen.AsSplitQuery().SingleOrDefaultAsync(t => t.Id == opdracht.TerugvorderingId, cancellationToken)
            ?? throw new NietGevondenException();
        VerouderdeVersieException.Vereis(vordering.Versie, opdracht.Versie, "Terugvordering", opdracht.TerugvorderingId);
        db.Entry(vordering).Property(t => t.Versie).OriginalValue = opdracht.Versie;
        return vordering;
    }
}
