using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// The maximum of the 2nd, 3rd and 5th fine category of art. 23 lid 4 Wetboek van Strafrecht from one indexation (art. 23
/// lid 9 Sr), with its source. <see cref="Tweede"/> is null when the source did not give it.
/// </summary>
public sealed record Boetecategorieen(Bedrag? Tweede, Bedrag Derde, Bedrag Vijfde, string Bron);
