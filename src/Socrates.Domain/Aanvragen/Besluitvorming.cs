using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// The besluit on an aanvraag or wijziging as it is proposed and taken: what (<see cref="Soort"/>), by whom proposed, the
/// day it was taken, and its content (the ingangsdatum of art. 44, or the ground and motivering of Awb 3:46, and for the
/// AOW age the handover to the SVB). A value with its rules, including four-eyes; the aanvraag moves its status along
/// with it. Stored in the aanvraag's own columns.
/// </summary>
public sealed record Besluitvorming
{
    public const int MaximumMotivering = 4000;
    public const int MaximumOverdrachtSvb = 4000;
    public const int MaximumRedenZonderBewijsstukken = 1000;

    /// <summary>Nothing proposed or decided yet.</summary>
    public static readonly Besluitvorming Geen = new();

    private Besluitvorming()
    {
    }

    /// <summary>The decision proposed or taken; null while none is.</summary>
    public Besluitsoort? Soort { get; private init; }

    /// <summary>The user id of whoever proposed the decision (four-eyes: someone else approves).</summary>
    public string? VoorgesteldDoor { get; private init; }

    /// <summary>The day the besluit was taken (or the aanvraag withdrawn).</summary>
    public DateOnly? Datum { get; private init; }

    /// <summary>The ingangsdatum of a proposed or granted toekenning, or the day a beëindiging takes effect.</summary>
    public DateOnly? Ingangsdatum { get; private init; }

    public Afwijzingsgrond? Afwijzingsgrond { get; private init; }

    public string? Motivering { get; private init; }

    /// <summary>
    /// For a beëindiging because the household reached the AOW age (art. 47a lid 1): what the SVB needs to take over the
    /// bijstand (AIO), written by the consulent.
    /// </summary>
    public string? OverdrachtSvb { get; private init; }

    /// <summary>
    /// Why the consulent proposed this toekenning while requested bewijsstukken were still missing (art. 53a: not a hard
    /// block, but a choice that is written down); null when none were missing.
    /// </summary>
    public string? RedenZonderBewijsstukken { get; private init; }

    /// <summary>Why the team lead approved the toekenning while requested bewijsstukken were still missing; null when none were.</summary>
    public string? GoedkeuringZonderBewijsstukken { get; private init; }

    /// <summary>
    /// A toekenning from <paramref name="ingangsdatum"/>: on or after <paramref name="vroegst"/> (art. 44 lid 1: not before
    /// the melding, for a young person not before the end of the zoektermijn) and not after today.
    /// </summary>
    public static Besluitvorming Toekenning(DateOnly ingangsdatum, DateOnly vroegst, DateOnly meldingsdatum, DateOnly vandaag)
    {
        if (ingangsdatum < vroegst)
        {
            throw new DomeinregelException(
                $"De bijstand kan niet eerder ingaan dan {vroegst:dd-MM-yyyy} (art. 44 lid 1 Participatiewet: niet vóór de melding" +
                (vroegst > meldingsdatum ? ", en voor deze jongere niet vóór het einde van de zoektermijn)." : ")."));
        }

        if (ingangsdatum > vandaag)
        {
            throw new DomeinregelException("De ingangsdatum kan niet in de toekomst liggen.");
        }

        return new Besluitvorming { Soort = Besluitsoort.Toegekend, Ingangsdatum = ingangsdatum };
    }

    /// <summary>
    /// This toekenning, proposed while requested bewijsstukken are missing (<paramref name="ontbreken"/>): then only with the
    /// consulent's <paramref name="reden"/>, which is kept with the besluit.
    /// </summary>
    public Besluitvorming ZonderBewijsstukken(bool ontbreken, string? reden) =>
        ontbreken ? this with { RedenZonderBewijsstukken = Reden(reden, "De bijstand toekennen") } : this;

    /// <summary>An afwijzing on <paramref name="grond"/>, with a motivering (Awb 3:46).</summary>
    public static Besluitvorming Afwijzing(Afwijzingsgrond grond, string motivering) =>
        new() { Soort = Besluitsoort.Afgewezen, Afwijzingsgrond = grond, Motivering = Gemotiveerd(motivering, "Een afwijzing") };

    /// <summary>
    /// The end of the bijstand from <paramref name="per"/> (art. 54 lid 3), with a motivering (Awb 3:46); at the AOW age on
    /// the ground of art. 47a lid 1 and with a handover note for the SVB.
    /// </summary>
    public static Besluitvorming Beeindiging(DateOnly? per, string motivering, bool aowLeeftijd, string? overdrachtSvb)
    {
        var gemotiveerd = Gemotiveerd(motivering, "Een beëindiging");
        if (aowLeeftijd && (string.IsNullOrWhiteSpace(overdrachtSvb) || overdrachtSvb.Trim().Length > MaximumOverdrachtSvb))
        {
            throw new DomeinregelException($"Schrijf voor de SVB een overdracht van hoogstens {MaximumOverdrachtSvb} tekens: de SVB verleent de bijstand vanaf de AOW-leeftijd (art. 47a lid 1).");
        }

        return new Besluitvorming
        {
            Soort = Besluitsoort.Beeindigd, Ingangsdatum = per, Motivering = gemotiveerd,
            Afwijzingsgrond = aowLeeftijd ? Aanvragen.Afwijzingsgrond.SvbBevoegd : null, OverdrachtSvb = aowLeeftijd ? overdrachtSvb!.Trim() : null,
        };
    }

    /// <summary>The aanvraag is set aside because the hersteltermijn passed without the documents (Awb 4:5).</summary>
    public static Besluitvorming BuitenBehandeling() => new() { Soort = Besluitsoort.BuitenBehandeling };

    /// <summary>
    /// This besluit proposed by <paramref name="door"/>: taken at once on <paramref name="vandaag"/>, or with four-eyes
    /// waiting for someone else's approval.
    /// </summary>
    public Besluitvorming Voorgesteld(string door, bool vierOgen, DateOnly vandaag) =>
        this with { VoorgesteldDoor = door, Datum = vierOgen ? null : vandaag };

    /// <summary>The proposal approved by <paramref name="teamleider"/> (four-eyes: never the proposer) and taken today.</summary>
    /// <remarks>
    /// A toekenning approved while requested bewijsstukken are missing (<paramref name="bewijsstukkenOntbreken"/>) needs the
    /// team lead's own <paramref name="reden"/>.
    /// </remarks>
    public Besluitvorming GoedgekeurdDoor(string teamleider, DateOnly vandaag, bool bewijsstukkenOntbreken = false, string? reden = null)
    {
        if (teamleider == VoorgesteldDoor)
        {
            throw new DomeinregelException("U kunt uw eigen voorstel niet goedkeuren: een andere teamleider of collega moet dit doen (vier ogen).");
        }

        return Soort == Besluitsoort.Toegekend && bewijsstukkenOntbreken
            ? this with { Datum = vandaag, GoedkeuringZonderBewijsstukken = Reden(reden, "Een toekenning goedkeuren") }
            : this with { Datum = vandaag };
    }

    /// <summary>The proposal sent back by <paramref name="teamleider"/> (four-eyes: never the proposer): nothing is proposed any more.</summary>
    public Besluitvorming AfgekeurdDoor(string teamleider)
    {
        if (teamleider == VoorgesteldDoor)
        {
            throw new DomeinregelException("U kunt uw eigen voorstel niet beoordelen: een andere teamleider moet dit doen (vier ogen).");
        }

        return this with
        {
            Soort = null, VoorgesteldDoor = null, Ingangsdatum = null, Afwijzingsgrond = null, Motivering = null, OverdrachtSvb = null,
            RedenZonderBewijsstukken = null,
        };
    }

    /// <summary>The aanvraag is withdrawn on <paramref name="vandaag"/>: no besluit, but the day it ended.</summary>
    public Besluitvorming Ingetrokken(DateOnly vandaag) => this with { Soort = null, VoorgesteldDoor = null, Datum = vandaag };

    private static string Reden(string? reden, string wat) =>
        string.IsNullOrWhiteSpace(reden) || reden.Trim().Length > MaximumRedenZonderBewijsstukken
            ? throw new DomeinregelException(
                $"{wat} terwijl gevraagde bewijsstukken ontbreken kan alleen met een reden van hoogstens {MaximumRedenZonderBewijsstukken} tekens.")
            : reden.Trim();

    private static string Gemotiveerd(string motivering, string wat) =>
        string.IsNullOrWhiteSpace(motivering) || motivering.Trim().Length > MaximumMotivering
            ? throw new DomeinregelException($"{wat} heeft een motivering van hoogstens {MaximumMotivering} tekens (Awb 3:46).")
            : motivering.Trim();
}
