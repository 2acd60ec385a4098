using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>The ingebrekestelling and the dwangsom it may start (Awb 4:17, <see cref="Aanvragen.Dwangsom"/>).</summary>
public sealed partial class Aanvraag
{
    private const string GeenIngebrekestelling = "Er is geen ingebrekestelling geregistreerd: er is geen dwangsom (Awb 4:17).";

    /// <summary>The day the aanvrager's written ingebrekestelling was received; null while there is none.</summary>
    public DateOnly? IngebrekestellingOntvangen { get; private set; }

    /// <summary>The day the besluit on the aanvraag was taken, or the day it was withdrawn: the day the default ends.</summary>
    public DateOnly? AfgehandeldOp => IsOpen ? null : Besluitvorming.Datum;

    /// <summary>
    /// Records the ingebrekestelling received on <paramref name="ontvangen"/>: once per aanvraag, after the beslistermijn
    /// passed, and before the besluit (it may be recorded after the besluit, when it arrived before it).
    /// </summary>
    public void IngebrekestellingRegistreren(DateOnly ontvangen, DateOnly vandaag)
    {
        if (Status == AanvraagStatus.Gemeld || UitersteBeslisdatum is not { } uiterste)
        {
            throw new DomeinregelException("Deze aanvraag is nog niet ingediend: er loopt geen beslistermijn.");
        }

        if (IngebrekestellingOntvangen is { } eerder)
        {
            throw new DomeinregelException($"Er is al een ingebrekestelling geregistreerd (ontvangen op {eerder:dd-MM-yyyy}).");
        }

        Aanvragen.Dwangsom.ControleerOntvangst(ontvangen, uiterste, AfgehandeldOp, vandaag);
        IngebrekestellingOntvangen = ontvangen;
        Gewijzigd();
    }

    /// <summary>
    /// Whether an ingebrekestelling can still be recorded on <paramref name="vandaag"/>: none yet, the term passed, and (when
    /// decided) a day lies between the term and the besluit on which one could have arrived (<see cref="IngebrekestellingRegistreren"/>).
    /// </summary>
    public bool KanIngebrekestellingRegistreren(DateOnly vandaag) =>
        IngebrekestellingOntvangen is null && UitersteBeslisdatum is { } uiterste && uiterste < vandaag
        && Status != AanvraagStatus.Gemeld && Status != AanvraagStatus.Ingetrokken
        && (AfgehandeldOp is not { } af || af > uiterste.AddDays(1));

    /// <summary>Where the dwangsom stands on <paramref name="vandaag"/> (€ 0 under lid 6); null without an ingebrekestelling.</summary>
    public Dwangsomstand? Dwangsom(DateOnly vandaag) =>
        IngebrekestellingOntvangen is { } ontvangen
            ? Aanvragen.Dwangsom.Stand(ontvangen, AfgehandeldOp, vandaag, Dwangsomvaststelling.GeenDwangsomGrond is not null)
            : null;

    /// <summary>What the college decided about the dwangsom: lid 6, and the vaststelling of Awb 4:18.</summary>
    public Dwangsomvaststelling Dwangsomvaststelling { get; private set; } = Dwangsomvaststelling.Geen;

    /// <summary>
    /// Records that no dwangsom is due (Awb 4:17 lid 6) on <paramref name="grond"/>, with a required explanation: before
    /// its vaststelling is proposed, and only when an ingebrekestelling was received.
    /// </summary>
    public void GeenDwangsomVastleggen(GeenDwangsomGrond grond, string toelichting, string door)
    {
        VereisIngebrekestelling();
        Dwangsomvaststelling = Dwangsomvaststelling.NietVerschuldigd(grond, toelichting, door);
        Gewijzigd();
    }

    /// <summary>
    /// Proposes the vaststelling of the dwangsom (Awb 4:18) by <paramref name="door"/>: once it stopped (the besluit, or day
    /// 42) or lid 6 applies. The amount is the dwangsom rule's, never typed.
    /// </summary>
    public void DwangsomVoorstellen(string door, DateOnly vandaag)
    {
        Dwangsomvaststelling = Dwangsomvaststelling.Voorgesteld(VereisIngebrekestelling(vandaag), door, vandaag);
        Gewijzigd();
    }

    /// <summary>A team lead who did not propose it approves the vaststelling: the beschikking of Awb 4:18.</summary>
    public void DwangsomGoedkeuren(string teamleider, DateOnly vandaag, DateTime nu)
    {
        Dwangsomvaststelling = Dwangsomvaststelling.GoedgekeurdDoor(teamleider, VereisIngebrekestelling(vandaag), vandaag, nu);
        Gewijzigd();
    }

    /// <summary>A team lead who did not propose it sends the vaststelling back with a reason (and with it a lid 6 ground).</summary>
    public void DwangsomAfkeuren(string teamleider, string reden)
    {
        Dwangsomvaststelling = Dwangsomvaststelling.AfgekeurdDoor(teamleider, reden);
        Gewijzigd();
    }

    private Dwangsomstand VereisIngebrekestelling(DateOnly vandaag) =>
        Dwangsom(vandaag) ?? throw new DomeinregelException(GeenIngebrekestelling);

    private void VereisIngebrekestelling()
    {
        if (IngebrekestellingOntvangen is null)
        {
            throw new DomeinregelException(GeenIngebrekestelling);
        }
    }
}
