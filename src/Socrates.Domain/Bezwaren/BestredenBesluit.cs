namespace Socrates.Domain.Bezwaren;

/// <summary>
/// The besluit a bezwaar contests, as read from the aanvraag or the terugvordering it belongs to: its kind, where it lives, the
/// day it was sent (bekendgemaakt, Awb 3:41) and who proposed and who took it, so that neither handles the bezwaar (Awb 7:5 lid 1).
/// </summary>
public sealed record BestredenBesluit(
    BestredenBesluitsoort Soort, int? AanvraagId, int? TerugvorderingId, DateOnly Verzonden, string? VoorgesteldDoor, string? GenomenDoor)
{
    /// <summary>Whether <paramref name="gebruikerId"/> proposed or took this besluit.</summary>
    public bool IsBetrokken(string gebruikerId) =>
        string.Equals(gebruikerId, VoorgesteldDoor, StringComparison.Ordinal) || string.Equals(gebruikerId, GenomenDoor, StringComparison.Ordinal);
}
