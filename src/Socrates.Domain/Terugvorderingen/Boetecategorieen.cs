using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>The maximum of the 3rd and 5th fine category of art. 23 lid 4 Wetboek van Strafrecht, with the source of the row.</summary>
public sealed record Boetecategorieen(Bedrag Derde, Bedrag Vijfde, string Bron);
