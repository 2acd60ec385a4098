using System.Globalization;
using System.Text;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// The structured payment reference a debtor quotes when paying a claim: an ISO 11649 creditor reference ("RF", two
/// check digits, then the claim's kenmerk without hyphens), which Dutch and SEPA banks accept and check, so a typing
/// error is refused by the bank instead of reaching us unmatched. Shown in groups of four: RF18 5390 0754 7034.
/// </summary>
public sealed record Betalingskenmerk
{
    private Betalingskenmerk(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public string Opgemaakt => string.Join(' ', Waarde.Chunk(4).Select(deel => new string(deel)));

    /// <summary>The reference for a claim's kenmerk, e.g. GM0599-T2026-000123 → RF.. GM05 99T2 0260 0012 3.</summary>
    public static Betalingskenmerk Van(string kenmerk)
    {
        ArgumentNullException.ThrowIfNull(kenmerk);
        var referentie = new string(kenmerk.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (referentie.Length is 0 or > 21)
        {
            throw new ArgumentException("Een betalingskenmerk heeft 1 tot 21 letters of cijfers.", nameof(kenmerk));
        }

        var controle = 98 - Rest97(referentie + "RF00");
        return new Betalingskenmerk($"RF{controle.ToString("00", CultureInfo.InvariantCulture)}{referentie}");
    }

    /// <summary>True when the reference's check digits hold (ISO 11649: moved to the end, letters as 10–35, mod 97 is 1).</summary>
    public static bool IsGeldig(string? invoer)
    {
        var tekens = invoer?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return tekens is { Length: >= 5 and <= 25 } && tekens.StartsWith("RF", StringComparison.Ordinal)
            && char.IsAsciiDigit(tekens[2]) && char.IsAsciiDigit(tekens[3]) && tekens.All(char.IsAsciiLetterOrDigit)
            && Rest97(tekens[4..] + tekens[..4]) == 1;
    }

    public override string ToString() => Opgemaakt;

    private static int Rest97(string tekens)
    {
        var cijfers = new StringBuilder();
        foreach (var teken in tekens)
        {
            cijfers.Append(char.IsAsciiDigit(teken) ? teken - '0' : teken - 'A' + 10);
        }

        var rest = 0;
        foreach (var cijfer in cijfers.ToString())
        {
            rest = ((rest * 10) + (cijfer - '0')) % 97;
        }

        return rest;
    }
}
