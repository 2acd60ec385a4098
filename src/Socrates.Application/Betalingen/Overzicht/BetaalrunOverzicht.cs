using Mediator;

namespace Socrates.Application.Betalingen.Overzicht;

/// <summary>A month's run for the team lead: progress, totals, and one page of the lines with a signal. Null when the month has no run yet.</summary>
public sealed record BetaalrunOverzicht(string Maand, int? Pagina = null) : IQuery<BetaalrunOverzichtView?>;
