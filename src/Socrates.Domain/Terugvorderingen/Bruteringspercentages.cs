using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// The loonheffing percentage over a netto amount with which the municipality grosses up (S2 bijlage VI, "loonheffing %
/// bij inhouding Zvw-bijdrage"), below and from the AOW age, with the source of the row.
/// </summary>
public sealed record Bruteringspercentages(Percentage OnderAow, Percentage VanafAow, string Bron);
