using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// What the college decides about the dwangsom of an aanvraag: that none is due (Awb 4:17 lid 6, with its ground and
/// explanation), and the beschikking that sets whether it is due and how much (Awb 4:18), proposed by one person and
/// approved by a team lead who is not the proposer (four-eyes). The amount is never typed: it is the
/// <see cref="Dwangsom"/> rule on the days in default, or € 0 under lid 6. Stored in the aanvraag's own columns.
/// </summary>
public sealed record Dwangsomvaststelling
{
    public const int MaximumToelichting = 2000;

    /// <summary>No lid 6 ground recorded and nothing proposed.</summary>
    public static readonly Dwangsomvaststelling Geen = new();

    private Dwangsomvaststelling()
    {
    }

    /// <summary>The lid 6 ground: no dwangsom is due; null while none is recorded.</summary>
    public GeenDwangsomGrond? GeenDwangsomGrond { get; private init; }

    public string? GeenDwangsomToelichting { get; private init; }

    /// <summary>The user id of whoever recorded the lid 6 ground.</summary>
    public string? GeenDwangsomDoor { get; private init; }

    /// <summary>The days in default the proposed vaststelling covers (0 under lid 6).</summary>
    public int? Dagen { get; private init; }

    /// <summary>The amount proposed and, once approved, set (Awb 4:18).</summary>
    public Geld.Bedrag? Bedrag { get; private init; }

    public string? VoorgesteldDoor { get; private init; }

    public DateOnly? VoorgesteldOp { get; private init; }

    public string? VastgesteldDoor { get; private init; }

    /// <summary>The day of the beschikking tot vaststelling (Awb 4:18).</summary>
    public DateOnly? VastgesteldOp { get; private init; }

    /// <summary>The moment it was approved: the betaalrun pays what was set before its proefrun was started.</summary>
    public DateTime? VastgesteldTijdstip { get; private init; }

    /// <summary>Why the team lead sent the last proposal back; null when none was.</summary>
    public string? Afkeurreden { get; private init; }

    public bool IsVoorgesteld => VoorgesteldDoor is not null && VastgesteldOp is null;

    public bool IsVastgesteld => VastgesteldOp is not null;

    /// <summary>Approved with an amount above € 0: a payment to the aanvrager (made once, by the next betaalrun).</summary>
    public bool IsTeBetalen => IsVastgesteld && Bedrag is { } b && b > Geld.Bedrag.Nul;

    /// <summary>Lid 6: no dwangsom is due, on <paramref name="grond"/>, explained in <paramref name="toelichting"/>.</summary>
    public Dwangsomvaststelling NietVerschuldigd(GeenDwangsomGrond grond, string toelichting, string door)
    {
        VereisNietVoorgesteld();
        if (GeenDwangsomGrond is not null)
        {
            throw new DomeinregelException("Er is al vastgelegd dat geen dwangsom verschuldigd is (Awb 4:17 lid 6).");
        }

        if (string.IsNullOrWhiteSpace(toelichting) || toelichting.Trim().Length > MaximumToelichting)
        {
            throw new DomeinregelException($"Licht toe waarom geen dwangsom verschuldigd is, in hoogstens {MaximumToelichting} tekens (Awb 4:17 lid 6).");
        }

        return this with { GeenDwangsomGrond = grond, GeenDwangsomToelichting = toelichting.Trim(), GeenDwangsomDoor = door };
    }

    /// <summary>The vaststelling of <paramref name="stand"/> proposed by <paramref name="door"/>: € 0 under lid 6.</summary>
    public Dwangsomvaststelling Voorgesteld(Dwangsomstand stand, string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(stand);
        VereisNietVoorgesteld();
        if (!stand.Gestopt)
        {
            throw new DomeinregelException(
                "De dwangsom is nog niet gestopt: stel hem vast na het besluit of na de 42e dag (Awb 4:18), of leg vast dat hij niet verschuldigd is (lid 6).");
        }

        return this with
        {
            Dagen = stand.Dagen, Bedrag = stand.Bedrag, VoorgesteldDoor = door, VoorgesteldOp = vandaag, Afkeurreden = null,
        };
    }

    /// <summary>
    /// Approved by <paramref name="teamleider"/> (never the proposer), when the amount of <paramref name="stand"/> is still
    /// the proposed one: the beschikking of Awb 4:18, dated <paramref name="vandaag"/>.
    /// </summary>
    public Dwangsomvaststelling GoedgekeurdDoor(string teamleider, Dwangsomstand stand, DateOnly vandaag, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(stand);
        VereisVoorstelVanAnder(teamleider);
        if (stand.Bedrag != Bedrag || stand.Dagen != Dagen)
        {
            throw new DomeinregelException("De dwangsom is sinds het voorstel veranderd: stuur het voorstel terug, dan stelt de consulent hem opnieuw voor.");
        }

        return this with { VastgesteldDoor = teamleider, VastgesteldOp = vandaag, VastgesteldTijdstip = nu };
    }

    /// <summary>
    /// Sent back by <paramref name="teamleider"/> (never the proposer) with a <paramref name="reden"/>: nothing is proposed
    /// any more, and a lid 6 ground the proposal rested on is withdrawn with it (the team lead did not accept it).
    /// </summary>
    public Dwangsomvaststelling AfgekeurdDoor(string teamleider, string reden)
    {
        VereisVoorstelVanAnder(teamleider);
        if (string.IsNullOrWhiteSpace(reden) || reden.Trim().Length > MaximumToelichting)
        {
            throw new DomeinregelException($"Geef een reden van hoogstens {MaximumToelichting} tekens.");
        }

        return Geen with { Afkeurreden = reden.Trim() };
    }

    private void VereisNietVoorgesteld()
    {
        if (IsVastgesteld)
        {
            throw new DomeinregelException($"De dwangsom is al vastgesteld op {VastgesteldOp:dd-MM-yyyy} (Awb 4:18).");
        }

        if (IsVoorgesteld)
        {
            throw new DomeinregelException("Er is al een vaststelling van de dwangsom voorgesteld: die wacht op een teamleider.");
        }
    }

    private void VereisVoorstelVanAnder(string teamleider)
    {
        if (!IsVoorgesteld)
        {
            throw new DomeinregelException(IsVastgesteld
                ? $"De dwangsom is al vastgesteld op {VastgesteldOp:dd-MM-yyyy} (Awb 4:18)."
                : "Er is geen vaststelling van de dwangsom voorgesteld.");
        }

        if (teamleider == VoorgesteldDoor)
        {
            throw new DomeinregelException("U kunt uw eigen voorstel niet beoordelen: een andere teamleider moet dit doen (vier ogen).");
        }
    }
}
