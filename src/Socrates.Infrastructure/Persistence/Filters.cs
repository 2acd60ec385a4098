namespace Socrates.Infrastructure.Persistence;

/// <summary>Names of the global query filters. Lifting one is allowed only in batch code that says why.</summary>
public static class Filters
{
    /// <summary>Limits municipality-owned data to the acting user's municipality.</summary>
    public const string Gemeente = nameof(Gemeente);
}
