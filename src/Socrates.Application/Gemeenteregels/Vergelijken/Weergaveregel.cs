namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>One setting as a Beheerder reads it: its group, its name with the article, its value in Dutch, and why it exists.</summary>
public sealed record Weergaveregel(string Groep, string Naam, string Waarde, string Grondslag);
