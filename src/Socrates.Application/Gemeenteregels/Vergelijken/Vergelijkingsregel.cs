namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>One setting in two versions, with why the setting exists.</summary>
public sealed record Vergelijkingsregel(string Groep, string Naam, string WaardeA, string WaardeB, string Grondslag)
{
    public bool Gewijzigd => !string.Equals(WaardeA, WaardeB, StringComparison.Ordinal);
}
