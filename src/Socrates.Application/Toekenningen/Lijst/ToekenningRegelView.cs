using Socrates.Domain.Geld;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>One toekenning in the list.</summary>
public sealed record ToekenningRegelView(
    int Id, int AanvraagId, string Aanvrager, DateOnly Ingangsdatum, DateOnly? Einddatum, ToekenningStatus Status, Bedrag TeBetalen, int Kostendelers);
