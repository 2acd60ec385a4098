namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Voorgesteld → Vastgesteld → InInvordering → Afgelost; or Kwijtgescholden (afzien, art. 58 lid 7–8, or "niet invorderen"
/// under the minimum), or Oninbaar. A proposal a team lead sends back is Vervallen.
/// </summary>
public enum TerugvorderingStatus
{
    Voorgesteld,
    Vastgesteld,
    InInvordering,
    Afgelost,
    Kwijtgescholden,
    Oninbaar,
    Vervallen,
}
