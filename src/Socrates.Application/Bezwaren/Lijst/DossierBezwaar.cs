using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Lijst;

/// <summary>
/// One bezwaar on the dossier: when received, where it stands, its outcome, and for a herroeping what is still to be done
/// (<see cref="Vervolgactie"/>), which aanvraag or wijziging carries the replacing besluit, and when it was taken.
/// </summary>
public sealed record DossierBezwaar(
    int Id, DateOnly Ontvangen, BezwaarStatus Status, BezwaarUitkomst? Uitkomst, DateOnly UitersteBeslisdatum, string? Vervolgactie, string? Kenmerk,
    BestredenBesluitsoort Besluit, int? HerroepingAanvraagId, int? HerroepingToekenningId, DateOnly? HerroepingUitgevoerdOp)
{
    /// <summary>The herroeping is carried out by a wijziging of the toekenning (else by a new besluit on the aanvraag itself).</summary>
    public bool ViaWijziging => Besluit is BestredenBesluitsoort.Toekenning or BestredenBesluitsoort.Herziening;
}
