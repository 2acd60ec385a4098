using Socrates.Application.Gemeenschappelijk;
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
    /// the months where that is positive, oldest first. The herberekening is not on this branch yet, so no wijziging
    /// has such months and the form starts empty; the herberekening fills this in from its per-month old/new amounts.
    /// </summary>
    public static Task<IReadOnlyList<(DateOnly Maand, Bedrag TeveelBetaald)>> LaadAsync(
        ISocratesDb db, int wijzigingId, int toekenningId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Task.FromResult<IReadOnlyList<(DateOnly, Bedrag)>>([]);
    }
}
