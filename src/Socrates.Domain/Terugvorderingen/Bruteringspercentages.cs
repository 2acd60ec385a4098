using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// The loonheffing percentage over a netto amount (S2 bijlage VI) with which the municipality grossed up the bijstand of
/// one calendar year: <see cref="OnderAow"/> is row E (no bijdrage Zvw withheld: row G is "n.v.t." below the AOW age),
/// <see cref="VanafAow"/> row D (the bijdrage Zvw of row G is withheld from the AOW age); with the source of the row.
/// </summary>
public sealed record Bruteringspercentages(Percentage OnderAow, Percentage VanafAow, string Bron);
