using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Wijziging;

/// <summary>
/// When the besluit on a wijziging becomes final, the toekenning it changed ends the day before the wijzigingsdatum:
/// from then on the new toekenning applies, or (a beëindiging) none.
/// </summary>
public static class WijzigingDoorvoerder
{
    public static async Task DoorvoerenAsync(this ISocratesDb db, Aanvraag aanvraag, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aanvraag);
        if (aanvraag is not { IsWijziging: true, GewijzigdeToekenningId: { } id, Wijziging.Datum: { } datum })
        {
            return;
        }

        var gewijzigd = await db.Toekenningen.SingleAsync(t => t.Id == id, cancellationToken);
        if (gewijzigd is { Status: ToekenningStatus.Beeindigd } && gewijzigd.Einddatum == datum.AddDays(-1))
        {
            // A beëindiging herroepen in bezwaar and decided again on the same wijziging (AanvraagHeropenen): the toekenning
            // already ended the day before the wijzigingsdatum; the new besluit only decides what follows from then.
            return;
        }

        gewijzigd.Beeindigen(datum, vandaag);
        if (aanvraag.Besluitvorming.Soort == Besluitsoort.Beeindigd)
        {
            // A beëindiging (art. 54 lid 4 after an opschorting, or any other): a running opschorting ends with it and holds
            // no later bijstand of the same person.
            foreach (var opschorting in await db.Opschortingen
                         .Where(o => o.AanvragerId == gewijzigd.AanvragerId && o.Status == Domain.Inkomsten.OpschortingStatus.Opgeschort)
                         .ToListAsync(cancellationToken))
            {
                opschorting.Intrekken();
            }
        }
    }
}
