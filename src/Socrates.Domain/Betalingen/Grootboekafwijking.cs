namespace Socrates.Domain.Betalingen;

/// <summary>Something in a household's payments that does not add up (docs/betalingen.md, Controle).</summary>
public sealed record Grootboekafwijking(Afwijkingsoort Soort, DateOnly? Maand, int? ToekenningId, string Omschrijving);
