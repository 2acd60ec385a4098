using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>
/// The dwangsom of an aanvraag with an ingebrekestelling (Awb 4:17–4:18): where it stands today, what was decided about it
/// (lid 6, the vaststelling proposed or set, with the names of who did), the month of the betaalrun that paid it, and
/// what can be done next.
/// </summary>
public sealed record DwangsomView
{
    public required DateOnly Ontvangen { get; init; }

    public required Dwangsomstand Stand { get; init; }

    public required Dwangsomvaststelling Vaststelling { get; init; }

    /// <summary>The day the besluit was taken (or the aanvraag withdrawn); null while open.</summary>
    public required DateOnly? BesluitDatum { get; init; }

    public required string? GeenDwangsomDoor { get; init; }

    public required string? VoorgesteldDoor { get; init; }

    /// <summary>The proposer's user id: a team lead never approves his own proposal.</summary>
    public required string? VoorgesteldDoorId { get; init; }

    public required string? VastgesteldDoor { get; init; }

    /// <summary>The month of the definitive betaalrun that paid it; null while unpaid.</summary>
    public required DateOnly? BetaaldIn { get; init; }

    public required bool KanVoorstellen { get; init; }

    public required bool KanGeenDwangsomVastleggen { get; init; }

    public Dwangsomfase Fase => Dwangsomfasen.Van(
        Stand, Vaststelling.GeenDwangsomGrond is not null, Vaststelling.IsVoorgesteld, Vaststelling.IsVastgesteld, Vaststelling.IsTeBetalen, BetaaldIn is not null);
}
