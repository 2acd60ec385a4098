using Socrates.Application.Bezwaren.Lijst;
using Socrates.Domain.Bezwaren;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>
/// What the bezwaar's page and the dossier of the contested besluit show of a herroeping (Awb 7:11 lid 2): what is still to be
/// done and the button that starts it, the aanvraag or wijziging that carries the replacing besluit, and when it was taken.
/// </summary>
public sealed record HerroepingWeergave(
    int BezwaarId, BezwaarStatus Status, string? Vervolgactie, bool ViaWijziging, int BestredenAanvraagId, int? AanvraagId, int? ToekenningId,
    DateOnly? UitgevoerdOp)
{
    /// <summary>For a bezwaar that herroept an aanvraag's besluit; null otherwise.</summary>
    public static HerroepingWeergave? Van(Bezwaar bezwaar)
    {
        ArgumentNullException.ThrowIfNull(bezwaar);
        return bezwaar is { Vervolgactie: not null, Besluit.AanvraagId: { } bestreden }
            ? new(bezwaar.Id, bezwaar.Status, bezwaar.Vervolgactie, bezwaar.HerroepingViaWijziging, bestreden, bezwaar.HerroepingAanvraagId,
                bezwaar.HerroepingToekenningId, bezwaar.HerroepingUitgevoerdOp)
            : null;
    }

    /// <summary>For a bezwaar on the dossier of aanvraag <paramref name="bestreden"/>; null when it herroept nothing there.</summary>
    public static HerroepingWeergave? Van(DossierBezwaar bezwaar, int bestreden)
    {
        ArgumentNullException.ThrowIfNull(bezwaar);
        return bezwaar.Vervolgactie is null
            ? null
            : new(bezwaar.Id, bezwaar.Status, bezwaar.Vervolgactie, bezwaar.ViaWijziging, bestreden, bezwaar.HerroepingAanvraagId,
                bezwaar.HerroepingToekenningId, bezwaar.HerroepingUitgevoerdOp);
    }
}
