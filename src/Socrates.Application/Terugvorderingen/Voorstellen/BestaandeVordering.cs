using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>A claim the household already has (not a boete, not rejected), shown beside a new one: its months and netto total.</summary>
public sealed record BestaandeVordering(int Id, string? Kenmerk, TerugvorderingStatus Status, DateOnly EersteMaand, DateOnly LaatsteMaand, Bedrag Netto);
