using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Inkomsten;

/// <summary>
/// The right to bijstand of a household suspended because the inkomstenopgave of <see cref="Maand"/> did not come in
/// (art. 54 lid 1 onder a Participatiewet: from the first day of the period the verzuim concerns, at most eight weeks), with
/// the letter that says so and invites the client to hand it in before <see cref="HerstelUiterlijk"/> (lid 2). The betaalrun
/// pays nothing from that month while it lasts and loses nothing: an opgave for the month ends it
/// (<see cref="Herstellen"/>) and the next run pays what was held. When the term passes without it, the consulent may
/// propose to withdraw the toekenning from the first day of the suspension (lid 4), a besluit with four-eyes.
/// </summary>
public sealed class Opschorting : IGemeenteEigendom, IVersieBeheerd
{
    /// <summary>Art. 54 lid 1: the suspension lasts at most eight weeks.</summary>
    public const int MaximumDagen = 56;

    private Opschorting()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvragerId { get; private set; }

    /// <summary>The toekenning that ran in <see cref="Maand"/>; its dossier holds the letter.</summary>
    public int ToekenningId { get; private set; }

    /// <summary>The month whose opgave is missing (first day); the suspension runs from this day.</summary>
    public DateOnly Maand { get; private set; }

    public DateOnly BesluitOp { get; private set; }

    /// <summary>The last day of the hersteltermijn.</summary>
    public DateOnly HerstelUiterlijk { get; private set; }

    public string BesluitDoor { get; private set; } = "";

    public OpschortingStatus Status { get; private set; }

    public DateOnly? HersteldOp { get; private set; }

    public int Versie { get; private set; }

    public static Opschorting Besluiten(
        GemeenteCode gemeente, int aanvragerId, int toekenningId, DateOnly maand, int hersteltermijnDagen, string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (maand.Day != 1 || maand > vandaag)
        {
            throw new DomeinregelException("Een opschorting geldt vanaf een maand die al is begonnen.");
        }

        if (hersteltermijnDagen is < 1 or > MaximumDagen)
        {
            throw new DomeinregelException($"De hersteltermijn ligt tussen 1 en {MaximumDagen} dagen (art. 54 lid 1: hoogstens acht weken).");
        }

        return new Opschorting
        {
            Gemeente = gemeente, AanvragerId = aanvragerId, ToekenningId = toekenningId, Maand = maand, BesluitOp = vandaag,
            HerstelUiterlijk = vandaag.AddDays(hersteltermijnDagen), BesluitDoor = door, Status = OpschortingStatus.Opgeschort,
        };
    }

    /// <summary>Whether the hersteltermijn has passed on <paramref name="vandaag"/> while the suspension still runs.</summary>
    public bool TermijnVerstreken(DateOnly vandaag) => Status == OpschortingStatus.Opgeschort && vandaag > HerstelUiterlijk;

    /// <summary>The opgave came in: the suspension ends; the next betaalrun pays what it held.</summary>
    public void Herstellen(DateOnly vandaag)
    {
        if (Status != OpschortingStatus.Opgeschort)
        {
            return;
        }

        Status = OpschortingStatus.Hersteld;
        HersteldOp = vandaag;
        Versie++;
    }

    /// <summary>The toekenning was withdrawn from the first day of the suspension (art. 54 lid 4).</summary>
    public void Intrekken()
    {
        if (Status != OpschortingStatus.Opgeschort)
        {
            throw new DomeinregelException("Alleen een lopende opschorting kan op een intrekking uitlopen.");
        }

        Status = OpschortingStatus.Ingetrokken;
        Versie++;
    }
}
