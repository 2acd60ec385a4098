using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>
/// The link between a herroepen aanvraag besluit and the besluit that replaces it (Awb 7:11 lid 2). The consulent starts the
/// replacing besluit through an existing flow (a wijziging, or the aanvraag reopened), which records it on the bezwaar; when
/// that besluit is taken (at once, or after the team lead's four-eyes) the bezwaar is afgerond in the same transaction.
/// </summary>
public static class HerroepingUitvoering
{
    /// <summary>The audit action written on the bezwaar when its replacing besluit is started.</summary>
    public const string GestartActie = "HerroepingGestart";

    /// <summary>The audit action written on the bezwaar when its replacing besluit is taken.</summary>
    public const string UitgevoerdActie = "HerroepingUitgevoerd";

    /// <summary>
    /// The bezwaar <paramref name="bezwaarId"/> against the besluit of <paramref name="bestredenAanvraagId"/>, waiting for its
    /// herroeping by a wijziging (<paramref name="viaWijziging"/>) or by a new besluit on the aanvraag, for a consulent who starts
    /// the replacing besluit; refused when it is not (or no longer) waiting for one of that kind.
    /// </summary>
    public static async Task<Bezwaar> TeHerroepenAsync(
        this ISocratesDb db, int bezwaarId, int bestredenAanvraagId, bool viaWijziging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var bezwaar = await db.Bezwaren.SingleOrDefaultAsync(b => b.Id == bezwaarId, cancellationToken) ?? throw new NietGevondenException();
        if (bezwaar.Besluit.AanvraagId != bestredenAanvraagId || bezwaar.Status != BezwaarStatus.HerroepingUitvoeren)
        {
            throw new DomeinregelException("Bij dit bezwaar is voor deze aanvraag geen herroeping uit te voeren.");
        }

        return bezwaar.HerroepingViaWijziging == viaWijziging
            ? bezwaar
            : throw new DomeinregelException(bezwaar.HerroepingViaWijziging
                ? "Deze herroeping voert u uit met een wijziging van de toekenning."
                : "Deze herroeping voert u uit met een nieuw besluit op de aanvraag (opnieuw in behandeling nemen).");
    }

    /// <summary>Records on <paramref name="bezwaar"/> that the replacing besluit is made on <paramref name="aanvraagId"/>.</summary>
    public static void Starten(this AuditSchrijver audit, Bezwaar bezwaar, int aanvraagId)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(bezwaar);
        bezwaar.HerroepingStarten(aanvraagId);
        audit.Schrijf(GestartActie, "Bezwaar", bezwaar.Id.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
    }

    /// <summary>
    /// The besluit on <paramref name="aanvraagId"/> was taken today: every bezwaar whose herroeping it carries out records it
    /// (with the toekenning it granted, if any) and is afgerond.
    /// </summary>
    public static async Task AfrondenAsync(
        this ISocratesDb db, AuditSchrijver audit, int aanvraagId, int? toekenningId, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        var bezwaren = await db.Bezwaren
            .Where(b => b.HerroepingAanvraagId == aanvraagId && b.Status == BezwaarStatus.HerroepingUitvoeren)
            .ToListAsync(cancellationToken);
        foreach (var bezwaar in bezwaren)
        {
            bezwaar.HerroepingUitgevoerd(aanvraagId, toekenningId, vandaag);
            audit.Schrijf(UitgevoerdActie, "Bezwaar", bezwaar.Id.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
        }
    }
}
