using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>The ingebrekestelling and the dwangsom it may start (Awb 4:17, <see cref="Aanvragen.Dwangsom"/>).</summary>
public sealed partial class Aanvraag
{
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

    /// <summary>Where the dwangsom stands on <paramref name="vandaag"/>; null without an ingebrekestelling.</summary>
    public Dwangsomstand? Dwangsom(DateOnly vandaag) =>
        IngebrekestellingOntvangen is { } ontvangen ? Aanvragen.Dwangsom.Stand(ontvangen, AfgehandeldOp, vandaag) : null;
}
