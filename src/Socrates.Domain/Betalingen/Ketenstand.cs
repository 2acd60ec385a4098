namespace Socrates.Domain.Betalingen;

/// <summary>A toekenning of a household as the look-back needs it: its period, when its end was decided, and whether a run paid it a month.</summary>
public sealed record Ketenstand(int ToekenningId, DateOnly Ingangsdatum, DateOnly? Einddatum, DateOnly? BeeindigdOp, bool HeeftMaandbetaling);
