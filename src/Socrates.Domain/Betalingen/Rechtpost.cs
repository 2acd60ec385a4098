namespace Socrates.Domain.Betalingen;

/// <summary>What one toekenning was due in one month: the rekenkern's bijstand on its household, naar rato of its days.</summary>
public sealed record Rechtpost(DateOnly Maand, int ToekenningId, int Dagen, int DagenInMaand, Maanddeel Bedrag);
