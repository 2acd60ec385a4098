namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>One setting as a Beheerder reads it: its group, its name with the article, and its value in Dutch.</summary>
public sealed record Weergaveregel(string Groep, string Naam, string Waarde);
