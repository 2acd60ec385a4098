using System.Diagnostics.CodeAnalysis;

namespace Socrates.Domain.Personen;

/// <summary>
/// A Dutch postcode: four digits (the first not 0) and two letters, written 1234 AB. PostNL never issues the letter
/// pairs SA, SD and SS.
/// </summary>
public sealed record Postcode
{
    private static readonly string[] NietUitgegeven = ["SA", "SD", "SS"];

    private Postcode(string waarde) => Waarde = waarde;

    /// <summary>The normal notation: 1234 AB.</summary>
    public string Waarde { get; }

    public static bool IsGeldig([NotNullWhen(true)] string? invoer) => Normaliseer(invoer) is not null;

    public static Postcode Parse(string invoer) =>
        Normaliseer(invoer) is { } waarde ? new Postcode(waarde) : throw new FormatException("Dit is geen geldige postcode.");

    public override string ToString() => Waarde;

    private static string? Normaliseer(string? invoer)
    {
        if (invoer is null)
        {
            return null;
        }

        var tekens = invoer.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (tekens.Length != 6 || tekens[0] == '0' || !tekens[..4].All(char.IsAsciiDigit)
            || !tekens[4..].All(char.IsAsciiLetterUpper) || NietUitgegeven.Contains(tekens[4..]))
        {
            return null;
        }

        return $"{tekens[..4]} {tekens[4..]}";
    }
}
