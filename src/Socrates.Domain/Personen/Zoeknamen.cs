using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Socrates.Domain.Personen;

/// <summary>
/// The search key of an achternaam, <see cref="Persoon.Zoeknaam"/>: lower case, without diacritics, without the
/// tussenvoegsels in front ("de", "van der", "'t", …) and without the tussenvoegsel after a comma ("Jong, de"). A person
/// keeps the key of his achternaam, and a search normalizes what the user typed the same way, so "de Jong", "Jong",
/// "Jong, de", "DE JONG" and "Jöng" all look for the key "jong" with a prefix match an index can serve.
/// </summary>
public static class Zoeknamen
{
    /// <summary>As long as an achternaam may be.</summary>
    public const int MaximaleLengte = 200;

    /// <summary>
    /// The words that make up the Dutch tussenvoegsels (Voorvoegseltabel of the BRP: "van", "van der", "in 't", "op de", …)
    /// and the common French and German ones. A key drops them from the front as long as a word follows.
    /// </summary>
    public static readonly FrozenSet<string> Tussenvoegsels = new[]
    {
        "de", "den", "der", "des", "het", "'t", "'s", "te", "ten", "ter", "van", "von", "vom", "zu", "zum", "zur",
        "in", "op", "aan", "bij", "uit", "onder", "over", "voor", "tot", "la", "le", "les", "du", "d'", "l'",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tussenvoegsels written against the name without a space: "d'Ancona", "l'Hermite".</summary>
    public static readonly IReadOnlyList<string> AaneengeschrevenTussenvoegsels = ["d'", "l'"];

    /// <summary>
    /// Letters that Unicode does not decompose into a base letter and a mark, with what they fold to, and the other
    /// apostrophes, which fold to the plain one ("’t Hart" is "'t Hart").
    /// </summary>
    public static readonly FrozenDictionary<char, string> Vervangingen = new Dictionary<char, string>
    {
        ['ø'] = "o", ['Ø'] = "o", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ß'] = "ss",
        ['ł'] = "l", ['Ł'] = "l", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d", ['þ'] = "th", ['Þ'] = "th",
        ['ı'] = "i", ['’'] = "'", ['‘'] = "'", ['`'] = "'", ['´'] = "'", ['ʼ'] = "'",
    }.ToFrozenDictionary();

    /// <summary>The key of an achternaam, or of what a user typed to find one; empty for an empty name.</summary>
    public static string Van(string? achternaam)
    {
        var gevouwen = Vouw(achternaam);
        var komma = gevouwen.IndexOf(',', StringComparison.Ordinal);
        if (komma > 0)
        {
            gevouwen = gevouwen[..komma].TrimEnd();                // "jong, de": the name comes first
        }

        var woorden = new List<string>(gevouwen.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        while (woorden.Count > 0)
        {
            if (woorden.Count > 1 && Tussenvoegsels.Contains(woorden[0]))
            {
                woorden.RemoveAt(0);
            }
            else if (AaneengeschrevenTussenvoegsels.FirstOrDefault(t => woorden[0].Length > t.Length
                         && woorden[0].StartsWith(t, StringComparison.Ordinal)) is { } voor)
            {
                woorden[0] = woorden[0][voor.Length..];
            }
            else
            {
                break;
            }
        }

        return string.Join(' ', woorden);
    }

    /// <summary>
    /// Lower case without diacritics (Unicode FormD without its non-spacing marks), the <see cref="Vervangingen"/>
    /// applied, white space trimmed and every run of it one space.
    /// </summary>
    public static string Vouw(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return "";
        }

        var uit = new StringBuilder(tekst.Length);
        var spatie = false;
        foreach (var teken in tekst.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(teken))
            {
                spatie = uit.Length > 0;
                continue;
            }

            if (spatie)
            {
                uit.Append(' ');
                spatie = false;
            }

            if (Vervangingen.TryGetValue(teken, out var vervanging))
            {
                uit.Append(vervanging);
            }
            else
            {
                uit.Append(char.ToLowerInvariant(teken));
            }
        }

        return uit.ToString().Normalize(NormalizationForm.FormC);
    }
}
