namespace Socrates.Domain.Rekenkern;

/// <summary>The person who applies: his birth date decides the age norms, an inrichting art. 23 (or art. 13 lid 2 onder a).</summary>
public sealed record Aanvrager(DateOnly Geboortedatum, bool InInrichting = false);
