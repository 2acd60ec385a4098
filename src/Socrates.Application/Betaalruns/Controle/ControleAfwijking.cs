using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betaalruns.Controle;

/// <summary>One afwijking, with the dossier (aanvraag) of the household's latest toekenning to look it up; no name, no BSN.</summary>
public sealed record ControleAfwijking(int AanvragerId, int AanvraagId, Afwijkingsoort Soort, DateOnly? Maand, int? ToekenningId, string Omschrijving);
