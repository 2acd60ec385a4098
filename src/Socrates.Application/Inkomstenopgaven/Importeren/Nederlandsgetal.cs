using System.Globalization;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>
/// An amount or number as a Dutch spreadsheet writes it: a comma before the decimals and, optionally, dots between the
/// thousands (1.234,56 or 1234,56 or 1234), a minus sign, and a euro sign or spaces around it. "1234.56" is refused: in Dutch
/// that dot would be a thousands separator, so reading it either way could be wrong by a factor of a hundred.
/// </summary>
public static class Nederlandsgetal
{
    public static bool ProbeerLees(string tekst, out decimal getal)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        getal = 0m;
        var t = tekst.Replace("€", "", StringComparison.Ordinal).Replace('\u00A0', ' ').Trim().Replace(" ", "", StringComparison.Ordinal);
        var negatief = t.StartsWith('-');
        if (negatief)
        {
            t = t[1..];
        }

        var komma = t.IndexOf(',', StringComparison.Ordinal);
        var geheel = komma < 0 ? t : t[..komma];
        var decimalen = komma < 0 ? "" : t[(komma + 1)..];
        if (geheel.Length == 0 || (komma >= 0 && decimalen.Length == 0) || !decimalen.All(char.IsAsciiDigit) || !GeheelDeel(geheel))
        {
            return false;
        }

        if (!decimal.TryParse(geheel.Replace(".", "", StringComparison.Ordinal) + (decimalen.Length > 0 ? "." + decimalen : ""),
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out getal))
        {
            return false;
        }

        getal = negatief ? -getal : getal;
        return true;
    }

    /// <summary>Digits, or groups of three digits after the first group of one to three, separated by dots.</summary>
    private static bool GeheelDeel(string geheel)
    {
        var groepen = geheel.Split('.');
        return groepen.Length == 1
            ? geheel.All(char.IsAsciiDigit)
            : groepen[0].Length is >= 1 and <= 3 && groepen.All(g => g.All(char.IsAsciiDigit)) && groepen.Skip(1).All(g => g.Length == 3);
    }
}
