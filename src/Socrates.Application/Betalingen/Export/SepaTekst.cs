using System.Globalization;
using System.Text;

namespace Socrates.Application.Betalingen.Export;

/// <summary>
/// Text as the SEPA rulebook allows it: the Latin characters a–z, A–Z, 0–9 and / - ? : ( ) . , ' + and the space.
/// Accents are dropped (Çelik → Celik), anything else becomes a space, and the text is cut to its maximum length.
/// </summary>
public static class SepaTekst
{
    public static string Maak(string tekst, int maximum)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var uit = new StringBuilder(tekst.Length);
        foreach (var teken in tekst.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            uit.Append(char.IsAsciiLetterOrDigit(teken) || "/-?:().,'+ ".Contains(teken, StringComparison.Ordinal) ? teken : ' ');
        }

        var schoon = uit.ToString().Trim();
        schoon = schoon.Length > maximum ? schoon[..maximum].TrimEnd() : schoon;
        return schoon.Length == 0 ? "Onbekend" : schoon;
    }
}
