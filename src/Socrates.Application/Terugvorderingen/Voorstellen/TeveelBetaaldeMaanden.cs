using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// The seam between the herberekening and the new claim: the months a wijziging found paid too much, to prefill the
/// form of <see cref="TerugvorderingVoorstellen"/> (<c>/Terugvorderingen/Nieuw?toekenning={id}&amp;wijziging={aanvraagId}</c>).
/// </summary>
public static class TeveelBetaaldeMaanden
{
    /// <summary>
    /// Per month: what was paid minus what the herberekening of wijziging <paramref name="wijzigingId"/> says was due, for
    /// the months where that is positive, oldest first. Only a decided wijziging of toekenning <paramref name="toekenningId"/>
    /// counts: its herberekening is the snapshot the besluit rests on.
    /// </summary>
    public static async Task<IReadOnlyList<(DateOnly Maand, Bedrag TeveelBetaald)>> LaadAsync(
        ISocratesDb db, int wijzigingId, int toekenningId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var maanden = await db.Aanvragen.AsNoTracking()
            .Where(a => a.Id == wijzigingId && a.GewijzigdeToekenningId == toekenningId && a.Status == AanvraagStatus.Besloten)
            .SelectMany(a => a.Herberekening)
            .ToListAsync(cancellationToken);
        return [.. maanden.Where(m => m.Verschil < Bedrag.Nul).OrderBy(m => m.Maand).Select(m => (m.Maand, -m.Verschil))];
    }
}
