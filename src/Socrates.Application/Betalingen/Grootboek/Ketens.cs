using Socrates.Application.Aanvragen.Berekening;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>The chains by aanvrager id, and the households of their toekenningen by aanvraag id.</summary>
public sealed record Ketens(IReadOnlyDictionary<int, Keten> PerAanvrager, IReadOnlyDictionary<int, Huishoudensgegevens> Huishoudens);
