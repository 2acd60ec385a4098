using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>A bestuurlijke boete worked out: benadelingsbedrag × percentage, capped by the fine category, with each step explained.</summary>
public sealed record Boeteberekening(
    Bedrag Benadelingsbedrag, Percentage Percentage, Bedrag VoorMaximum, Bedrag Maximum, Bedrag Boete, IReadOnlyList<string> Toelichting);
