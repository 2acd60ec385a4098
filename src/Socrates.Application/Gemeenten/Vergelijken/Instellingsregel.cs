namespace Socrates.Application.Gemeenten.Vergelijken;

/// <summary>One setting as a Beheerder reads it: its group, its name with the article, and its value in Dutch.</summary>
public sealed record Instellingsregel(string Groep, string Naam, string Waarde);
