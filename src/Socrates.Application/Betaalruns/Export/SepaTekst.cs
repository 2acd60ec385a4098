using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Socrates.Application.Betaalruns.Export;

/// <summary>
/// Text as the SEPA rulebook allows it: the Latin characters a–z, A–Z, 0–9 and / - ? : ( ) . , ' + and the space.
/// Accents are dropped (Çelik → Celik), letters without a decomposition are written out (Łukasz → Lukasz, Ødegård →
/// Odegard, Straße → Strasse), anything else becomes a space, runs of spaces become one, and the text is cut to its
/// maximum length.
/// </summary>
public static class SepaTekst
{
    /// <summary>Latin letters that Unicode does not split into a base letter and an accent.</summary>
    private static readonly FrozenDictionary<char, string> Uitgeschreven = new Dictionary<char, string>
    {
        ['Ł'] = "L", ['ł'] = "l", ['Ø'] = "O", ['ø'] = "o", ['Đ'] = "D", ['đ'] = "d", ['Ħ'] = "H", ['ħ'] = "h", ['ı'] = "i",
        ['ß'] = "ss", ['Æ'] = "AE", ['æ'] = "ae", ['Œ'] = "OE", ['œ'] = "oe", ['Þ'] = "TH", ['þ'] = "th", ['Ð'] = "D", ['ð'] = "d",
    }.ToFrozenDictionary();

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

            var vervanging = Uitgeschreven.TryGetValue(teken, out var letters) ? letters
                : char.IsAsciiLetterOrDigit(teken) || "/-?:().,'+".Contains(teken, StringComparison.Ordinal) ? null
                : " ";
            if (vervanging is null)
            {
                uit.Append(teken);
            }
            else if (vervanging != " " || (uit.Length > 0 && uit[^1] != ' '))
            {
                uit.Append(vervanging);
            }
        }

        var schoon = uit.ToString().Trim();
        schoon = schoon.Length > maximum ? schoon[..maximum].TrimEnd() : schoon;
        return schoon.Length == 0 ? "Onbekend" : schoon;
    }
}
