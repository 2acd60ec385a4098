namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>One setting in two versions.</summary>
public sealed record Vergelijkingsregel(string Groep, string Naam, string WaardeA, string WaardeB)
{
    public bool Gewijzigd => !string.Equals(WaardeA, WaardeB, StringComparison.Ordinal);
}
