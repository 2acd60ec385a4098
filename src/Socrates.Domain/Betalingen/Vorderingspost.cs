using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>A month of a claim (not a boete, not rejected): what was claimed back for that month, netto.</summary>
public sealed record Vorderingspost(DateOnly Maand, Bedrag Netto, int TerugvorderingId, string? Kenmerk = null);
