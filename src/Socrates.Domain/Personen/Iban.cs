using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Socrates.Domain.Personen;

/// <summary>
/// An international bank account number that passes the mod-97 check (ISO 13616); a Dutch one has 18 characters.
/// Stored without spaces, shown in groups of four: NL91 ABNA 0417 1643 00.
/// </summary>
public sealed record Iban
{
    private Iban(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public string Opgemaakt => string.Join(' ', Enumerable.Range(0, (Waarde.Length + 3) / 4)
        .Select(i => Waarde.Substring(i * 4, Math.Min(4, Waarde.Length - (i * 4)))));

    public static bool IsGeldig([NotNullWhen(true)] string? invoer) => Normaliseer(invoer) is not null;

    public static Iban Parse(string invoer) =>
        Normaliseer(invoer) is { } waarde ? new Iban(waarde) : throw new FormatException("Dit is geen geldig IBAN.");

    public override string ToString() => Opgemaakt;

    private static string? Normaliseer(string? invoer)
    {
        if (invoer is null)
        {
            return null;
        }

        var tekens = invoer.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (tekens.Length is < 15 or > 34
            || !char.IsAsciiLetterUpper(tekens[0]) || !char.IsAsciiLetterUpper(tekens[1])
            || !char.IsAsciiDigit(tekens[2]) || !char.IsAsciiDigit(tekens[3])
            || !tekens.All(char.IsAsciiLetterOrDigit)
            || (tekens.StartsWith("NL", StringComparison.Ordinal) && (tekens.Length != 18 || !tekens[4..8].All(char.IsAsciiLetterUpper))))
        {
            return null;
        }

        return Rest97(tekens[4..] + tekens[..4]) == 1 ? tekens : null;
    }

    /// <summary>The remainder of the number formed by the characters (A = 10 … Z = 35) after division by 97.</summary>
    private static int Rest97(string tekens)
    {
        var cijfers = new StringBuilder();
        foreach (var teken in tekens)
        {
            cijfers.Append(char.IsAsciiDigit(teken) ? (teken - '0') : (teken - 'A' + 10));
        }

        var rest = 0;
        foreach (var cijfer in cijfers.ToString())
        {
            rest = ((rest * 10) + (cijfer - '0')) % 97;
        }

        return rest;
    }
}
