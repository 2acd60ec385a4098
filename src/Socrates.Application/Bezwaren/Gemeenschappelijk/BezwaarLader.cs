using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>Loads a bezwaar of the signed-in user's municipality for a change, checked against the form's version.</summary>
public static class BezwaarLader
{
    public static async Task<Bezwaar> LaadVoorWijzigingAsync(this ISocratesDb db, BezwaarOpdracht opdracht, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(opdracht);
        var bezwaar = await db.Bezwaren.SingleOrDefaultAsync(b => b.Id == opdracht.BezwaarId, cancellationToken)
            ?? throw new NietGevondenException();
        VerouderdeVersieException.Vereis(bezwaar.Versie, opdracht.Versie, "Bezwaar", opdracht.BezwaarId);
        db.Entry(bezwaar).Property(b => b.Versie).OriginalValue = opdracht.Versie;
        return bezwaar;
    }
}
