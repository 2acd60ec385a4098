using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>A month's amount paid too much through lower national figures that an indexering waived (the gemeente does not recover it).</summary>
public sealed record Afzienpost(DateOnly Maand, Bedrag Bedrag, int IndexeringId);
