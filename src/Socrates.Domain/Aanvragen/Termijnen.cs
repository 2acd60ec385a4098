using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// What moves an aanvraag's beslistermijn besides its receipt: one hersteltermijn (Awb 4:5, the term stands still
/// meanwhile, 4:15) and one verdaging (Awb 4:14 lid 3). A value: every change gives a new one, checked here; the aanvraag
/// keeps it (stored in its own columns of the aanvraag) and keeps the resulting <see cref="Aanvraag.UitersteBeslisdatum"/>.
/// </summary>
public sealed record Termijnen
{
    public const int MaximumHersteltermijnDagen = 56;

    public const int MaximumVerdagingReden = 1000;

    /// <summary>No hersteltermijn and no verdaging: the eight weeks of Awb 4:13 as they are.</summary>
    public static readonly Termijnen Geen = new();

    private Termijnen()
    {
    }

    public DateOnly? HersteltermijnVanaf { get; private init; }

    public DateOnly? HersteltermijnTot { get; private init; }

    public DateOnly? VerdaagdTot { get; private init; }

    public DateOnly? VerdaagdOp { get; private init; }

    public string? VerdagingReden { get; private init; }

    /// <summary>Whether the hersteltermijn has passed on <paramref name="vandaag"/> (false while there is none).</summary>
    public bool HersteltermijnVerstreken(DateOnly vandaag) => HersteltermijnTot is { } tot && vandaag > tot;

    /// <summary>
    /// Gives the aanvrager from <paramref name="vanaf"/> until <paramref name="tot"/> to hand in what is missing: one
    /// hersteltermijn per aanvraag, starting on the day of the request, of at most <see cref="MaximumHersteltermijnDagen"/> days.
    /// </summary>
    public Termijnen MetHersteltermijn(DateOnly vanaf, DateOnly tot, DateOnly? ontvangst, bool erOntbreektIets, DateOnly vandaag)
    {
        if (HersteltermijnVanaf is not null)
        {
            throw new DomeinregelException("Er is al een hersteltermijn gegeven; een aanvraag krijgt er één.");
        }

        if (!erOntbreektIets)
        {
            throw new DomeinregelException("Er ontbreken geen bewijsstukken: vraag eerst wat ontbreekt.");
        }

        if (vanaf > vandaag || vanaf < ontvangst)
        {
            throw new DomeinregelException("De hersteltermijn begint op de dag van het verzoek: vandaag of eerder, maar niet vóór de ontvangst van de aanvraag.");
        }

        if (tot <= vanaf || tot.DayNumber - vanaf.DayNumber > MaximumHersteltermijnDagen)
        {
            throw new DomeinregelException($"De hersteltermijn eindigt na de begindatum en duurt hoogstens {MaximumHersteltermijnDagen} dagen.");
        }

        return this with { HersteltermijnVanaf = vanaf, HersteltermijnTot = tot };
    }

    /// <summary>
    /// Extends the beslistermijn once (Awb 4:14 lid 3): recorded before the term <paramref name="uiterste"/> ends, with a
    /// reason and a later date, by at most another eight weeks.
    /// </summary>
    public Termijnen MetVerdaging(DateOnly nieuweDatum, string reden, DateOnly uiterste, DateOnly vandaag)
    {
        if (VerdaagdTot is not null)
        {
            throw new DomeinregelException("De beslistermijn is al eens verdaagd; dat kan één keer.");
        }

        if (vandaag > uiterste)
        {
            throw new DomeinregelException($"De beslistermijn is op {uiterste:dd-MM-yyyy} verstreken: verdagen moet vóór het einde van de termijn (Awb 4:14 lid 3).");
        }

        if (nieuweDatum <= uiterste)
        {
            throw new DomeinregelException($"De nieuwe datum moet na de huidige uiterste beslisdatum ({uiterste:dd-MM-yyyy}) liggen.");
        }

        if (nieuweDatum > uiterste.AddDays(7 * Beslistermijn.Weken))
        {
            throw new DomeinregelException("Een verdaging van meer dan acht weken is geen redelijke termijn.");
        }

        return this with { VerdaagdTot = nieuweDatum, VerdaagdOp = vandaag, VerdagingReden = reden.Trim() };
    }

    /// <summary>
    /// The last day to decide an aanvraag received on <paramref name="ontvangst"/>, with the hersteltermijn's standstill
    /// up to <paramref name="aangevuldOp"/> (the day the last missing document came in, or null while something is missing).
    /// </summary>
    public DateOnly UitersteBeslisdatum(DateOnly ontvangst, DateOnly? aangevuldOp)
    {
        var opschorting = HersteltermijnVanaf is { } vanaf && HersteltermijnTot is { } tot
            ? new Opschorting(vanaf, Beslistermijn.OpgeschorteDagen(vanaf, tot, aangevuldOp))
            : null;
        var verdaging = VerdaagdTot is { } nieuw ? new Verdaging(nieuw, VerdaagdOp!.Value) : null;
        return Beslistermijn.UitersteDatum(ontvangst, opschorting, verdaging);
    }
}
