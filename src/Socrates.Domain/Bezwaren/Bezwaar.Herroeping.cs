using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Bezwaren;

/// <summary>
/// Carrying out the herroeping of an aanvraag's besluit (Awb 7:11 lid 2: the bestuursorgaan herroept and takes, for as far as
/// needed, a new besluit in its place). The replacing besluit is made through the existing flows with their own four-eyes: a
/// wijziging of the toekenning (for a toekenning or herziening), or a new besluit on the same aanvraag or wijziging (for an
/// afwijzing, buiten behandeling stellen or beëindiging). The bezwaar waits in <see cref="BezwaarStatus.HerroepingUitvoeren"/>
/// until that besluit is taken, and then records which one it was.
/// </summary>
public sealed partial class Bezwaar
{
    /// <summary>The aanvraag or wijziging that carries the replacing besluit, once the consulent has started it.</summary>
    public int? HerroepingAanvraagId { get; private set; }

    /// <summary>The toekenning the replacing besluit granted, if it granted one.</summary>
    public int? HerroepingToekenningId { get; private set; }

    /// <summary>The day the replacing besluit was taken: from then the bezwaar is afgerond.</summary>
    public DateOnly? HerroepingUitgevoerdOp { get; private set; }

    /// <summary>
    /// The herroeping replaces the besluit by a wijziging of the toekenning it granted (toekenning, herziening); otherwise
    /// (afwijzing, buiten behandeling, beëindiging) by a new besluit on the same aanvraag or wijziging.
    /// </summary>
    public bool HerroepingViaWijziging => Besluit.Soort is BestredenBesluitsoort.Toekenning or BestredenBesluitsoort.Herziening;

    /// <summary>Whether taking the beslissing leaves a herroeping to carry out: gegrond against an aanvraag's besluit.</summary>
    public bool VraagtHerroeping => Uitkomst is { } uitkomst && BezwaarTeksten.IsGegrond(uitkomst) && Besluit.AanvraagId is not null;

    /// <summary>
    /// The consulent starts the replacing besluit on <paramref name="aanvraagId"/> (a new wijziging, or the reopened aanvraag). A
    /// flow started earlier that did not lead to a besluit (withdrawn, say) is replaced by the new one.
    /// </summary>
    public void HerroepingStarten(int aanvraagId)
    {
        VereisHerroepingOpen();
        HerroepingAanvraagId = aanvraagId;
        Versie++;
    }

    /// <summary>
    /// The replacing besluit on <paramref name="aanvraagId"/> was taken on <paramref name="vandaag"/> (after its own four-eyes):
    /// the bezwaar records it, with the toekenning it granted, and is afgerond.
    /// </summary>
    public void HerroepingUitgevoerd(int aanvraagId, int? toekenningId, DateOnly vandaag)
    {
        VereisHerroepingOpen();
        if (HerroepingAanvraagId != aanvraagId)
        {
            throw new DomeinregelException("Dit besluit is niet het besluit dat de herroeping van dit bezwaar uitvoert.");
        }

        HerroepingToekenningId = toekenningId;
        HerroepingUitgevoerdOp = vandaag;
        Status = BezwaarStatus.Beslist;
        Versie++;
    }

    private void VereisHerroepingOpen()
    {
        if (Status != BezwaarStatus.HerroepingUitvoeren)
        {
            throw new DomeinregelException("Bij dit bezwaar is geen herroeping meer uit te voeren.");
        }
    }
}
