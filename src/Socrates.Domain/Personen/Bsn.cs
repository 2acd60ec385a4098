using System.Diagnostics.CodeAnalysis;

namespace Socrates.Domain.Personen;

/// <summary>
/// A burgerservicenummer that passes the elfproef (weights 9…2 and −1; weighted sum divisible by 11 and not 0).
/// A <see cref="Bsn"/> that exists is valid. Its <see cref="ToString"/> is masked, so it cannot leak into a log line
/// by accident; <see cref="Waarde"/> gives the digits where they are really needed.
/// </summary>
public sealed record Bsn
{
    private Bsn(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static bool IsGeldig([NotNullWhen(true)] string? invoer) => Normaliseer(invoer) is not null;

    public static Bsn Parse(string invoer) =>
        Normaliseer(invoer) is { } waarde ? new Bsn(waarde) : throw new FormatException("Dit is geen geldig BSN.");

    /// <summary>Shows only the last three digits: ******782 for 123456782.</summary>
    public string Gemaskeerd => "******" + Waarde[6..];

    public override string ToString() => Gemaskeerd;

    private static string? Normaliseer(string? invoer)
    {
        if (invoer is null)
        {
            return null;
        }

        var cijfers = invoer.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (cijfers.Length == 8)
        {
            cijfers = "0" + cijfers;                     // an 8-digit BSN is padded with one leading zero
        }

        if (cijfers.Length != 9 || !cijfers.All(char.IsAsciiDigit))
        {
            return null;
        }

        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (cijfers[i] - '0');
        }

        som -= cijfers[8] - '0';
        return som != 0 && som % 11 == 0 ? cijfers : null;
    }
}
