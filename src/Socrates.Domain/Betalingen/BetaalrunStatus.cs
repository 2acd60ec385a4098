namespace Socrates.Domain.Betalingen;

/// <summary>
/// Berekenen while the proefrun's parts are being computed; Proef when every part is done and a team lead can check
/// the totals and signals; Definitief once a second team lead approved it: from then on nothing is paid again.
/// </summary>
public enum BetaalrunStatus
{
    Berekenen,
    Proef,
    Definitief,
}
