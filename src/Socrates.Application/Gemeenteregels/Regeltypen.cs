using System.Globalization;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Gemeenteregels;

/// <summary>
/// The kinds of value a gemeenteregel can hold, each with its Dutch messages. Numbers are typed in Dutch notation
/// (decimal comma, no thousands separator); an omschrijving names the rule inside a message.
/// </summary>
public static class Regeltypen
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    private const NumberStyles Getalnotatie =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>A checkbox: "true" is yes, anything else (an unticked box sends nothing) is no.</summary>
    public static Regeltype<bool> JaNee() => new(
        Regelsoort.JaNee,
        w => w ? "true" : "false",
        w => w ? "ja" : "nee",
        t => (string.Equals(t?.Trim(), "true", StringComparison.OrdinalIgnoreCase), null));

    /// <summary>An amount in euros, at least € 0, in cents.</summary>
    public static Regeltype<Bedrag> Bedrag(string omschrijving) => new(
        Regelsoort.Bedrag,
        w => w.InEuro.ToString("0.00", Nederlands),
        w => w.ToString(),
        t => Getal(t, omschrijving) switch
        {
            (_, { } fout) => (default, fout),
            (< 0m, _) => (default, $"{Validatieregels.Hoofdletter(omschrijving)} kan niet negatief zijn."),
            (>= Validatieregels.AbsurdBedrag, _) => (default, $"{Validatieregels.Hoofdletter(omschrijving)} is onwaarschijnlijk hoog; controleer het bedrag."),
            (var euro, _) when !TweeDecimalen(euro) => (default, $"{Validatieregels.Hoofdletter(omschrijving)} heeft hoogstens twee cijfers achter de komma (centen)."),
            (var euro, _) => (Domain.Geld.Bedrag.Euro(euro), null),
        });

    /// <summary>A percentage from 0 to 100 (or <paramref name="maximum"/>, with its own message), two decimals at most.</summary>
    public static Regeltype<Percentage> Percentage(string omschrijving, string achtervoegsel = "", decimal maximum = 100m, string? boventeMaximum = null) => new(
        Regelsoort.Percentage,
        w => w.Procent.ToString("0.##", Nederlands),
        w => w + achtervoegsel,
        t => Getal(t, omschrijving) switch
        {
            (_, { } fout) => (default, fout),
            (< 0m or > 100m, _) => (default, $"{Validatieregels.Hoofdletter(omschrijving)} ligt tussen 0 en 100 procent."),
            (var procent, _) when !TweeDecimalen(procent) => (default, $"{Validatieregels.Hoofdletter(omschrijving)} heeft hoogstens twee cijfers achter de komma."),
            (var procent, _) when procent > maximum => (default, boventeMaximum ?? $"{Validatieregels.Hoofdletter(omschrijving)} ligt tussen 0 en {maximum} procent."),
            (var procent, _) => (Domain.Geld.Percentage.Van(procent), null),
        });

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static Regeltype<int> Aantal(int minimum, int maximum, string leeg, string buitenBereik, Func<int, string> weergave) => new(
        Regelsoort.Getal,
        w => w.ToString(CultureInfo.InvariantCulture),
        weergave,
        t => string.IsNullOrWhiteSpace(t) ? (0, leeg)
            : int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum ? (n, null)
            : (0, buitenBereik));

    /// <summary>
    /// A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, or nothing: an empty field is stored as 0
    /// and shown as <paramref name="leegWeergave"/>.
    /// </summary>
    public static Regeltype<int> OptioneelAantal(int minimum, int maximum, string buitenBereik, string leegWeergave, Func<int, string> weergave) => new(
        Regelsoort.Getal,
        w => w == 0 ? "" : w.ToString(CultureInfo.InvariantCulture),
        w => w == 0 ? leegWeergave : weergave(w),
        t => string.IsNullOrWhiteSpace(t) ? (0, null)
            : int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum ? (n, null)
            : (0, buitenBereik));

    /// <summary>One of <paramref name="opties"/>; an enum also accepts its number (proposals stored before December 2026 hold those).</summary>
    public static Regeltype<T> Keuze<T>(string leeg, string ongeldig, params (T Waarde, string Tekst)[] opties)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(opties);
        var keuzes = opties.Select(o => new Regelkeuze(Naam(o.Waarde), o.Tekst)).ToList();
        return new(
            Regelsoort.Keuze,
            Naam,
            w => opties.FirstOrDefault(o => Equals(o.Waarde, w)).Tekst ?? Naam(w),
            t => string.IsNullOrWhiteSpace(t) ? (default!, leeg)
                : opties.FirstOrDefault(o => Naam(o.Waarde) == t || (typeof(T).IsEnum && Nummer(o.Waarde) == t)) is { Tekst: not null } o ? (o.Waarde, null)
                : (default!, ongeldig),
            keuzes);
    }

    /// <summary>Required text of at most <paramref name="maximum"/> characters, trimmed.</summary>
    public static Regeltype<string> Tekst(string omschrijving, int maximum) => new(
        Regelsoort.Tekst,
        w => w,
        w => w,
        t => string.IsNullOrWhiteSpace(t) ? ("", $"Vul {omschrijving} in.")
            : t.Trim().Length > maximum ? ("", $"{Validatieregels.Hoofdletter(omschrijving)} is te lang (hoogstens {maximum} tekens).")
            : (t.Trim(), null));

    private static (decimal Waarde, string? Fout) Getal(string? tekst, string omschrijving) =>
        string.IsNullOrWhiteSpace(tekst) ? (0m, $"Vul {omschrijving} in.")
        : decimal.TryParse(tekst, Getalnotatie, Nederlands, out var waarde) ? (waarde, null)
        : (0m, $"{Validatieregels.Hoofdletter(omschrijving)} is geen getal; gebruik een komma voor decimalen.");

    private static bool TweeDecimalen(decimal waarde) => decimal.Truncate(waarde * 100m) == waarde * 100m;

    private static string Naam<T>(T waarde) where T : notnull =>
        Convert.ToString(waarde, CultureInfo.InvariantCulture) ?? "";

    private static string Nummer<T>(T waarde) where T : notnull =>
        Convert.ToInt32(waarde, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
