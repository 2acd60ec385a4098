using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>Loads an aanvraag of the signed-in user's municipality for a change, checked against the form's version.</summary>
public static class AanvraagLader
{
    public static async Task<Aanvraag> LaadVoorWijzigingAsync(this ISocratesDb db, IAanvraagOpdracht opdracht, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(opdracht);
        var aanvraag = await db.Aanvragen.AsSplitQuery().SingleOrDefaultAsync(a => a.Id == opdracht.AanvraagId, cancellationToken)
            ?? throw new NietGevondenException();
        VerouderdeVersieException.Vereis(aanvraag.Versie, opdracht.Versie, "Aanvraag", opdracht.AanvraagId);
        db.Entry(aanvraag).Property(a => a.Versie).OriginalValue = opdracht.Versie;
        return aanvraag;
    }
}
