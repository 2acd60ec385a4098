namespace Socrates.Application.Gemeenteregels;

/// <summary>One possible value of a choice: as the form sends it, and in Dutch.</summary>
public sealed record Regelkeuze(string Invoer, string Tekst);
