using System.Globalization;
using System.Text.Json;
using Socrates.Domain.Geld;

namespace Socrates.Application.Berekeningen.Contract;

/// <summary>
/// Reads typed fields from a JSON object and collects one Dutch message per invalid field ("peildatum: vul een datum in
/// als jjjj-mm-dd."). JSON null counts as absent; unknown fields are refused so a typo never passes silently.
/// </summary>
internal sealed class JsonVelden
{
    private readonly List<string> _fouten = [];

    public IReadOnlyList<string> Fouten => _fouten;

    public void Fout(string pad, string melding) => _fouten.Add($"{pad}: {melding}");

    public static string Pad(string ouder, string naam) => ouder.Length == 0 ? naam : $"{ouder}.{naam}";

    /// <summary>
    /// The path of the first name or string that is no valid Unicode text (a lone surrogate such as <c>\ud800</c>, which
    /// JSON's escapes allow but .NET cannot read as a string), or null when every text is valid.
    /// </summary>
    public static string? OngeldigeTekst(JsonElement element, string pad)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var nummer = 0;
                foreach (var veld in element.EnumerateObject())
                {
                    if (!IsLeesbaar(() => veld.Name))
                    {
                        return Pad(pad, $"veld {nummer + 1}");
                    }

                    if (OngeldigeTekst(veld.Value, Pad(pad, veld.Name)) is { } binnen)
                    {
                        return binnen;
                    }

                    nummer++;
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (OngeldigeTekst(item, $"{pad}[{index++}]") is { } binnen)
                    {
                        return binnen;
                    }
                }

                return null;
            case JsonValueKind.String:
                return IsLeesbaar(element.GetString) ? null : pad.Length == 0 ? "invoer" : pad;
            default:
                return null;
        }
    }

    private static bool IsLeesbaar(Func<string?> lees)
    {
        try
        {
            lees();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The object at <paramref name="pad"/>, with a message for every field not in <paramref name="bekend"/>.</summary>
    public bool IsObject(JsonElement element, string pad, params string[] bekend)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fout(pad.Length == 0 ? "invoer" : pad, "vul een JSON-object in.");
            return false;
        }

        foreach (var veld in element.EnumerateObject().Where(v => !bekend.Contains(v.Name, StringComparer.Ordinal)))
        {
            Fout(Pad(pad, veld.Name), "dit veld kent socrates bereken niet.");
        }

        return true;
    }

    public static JsonElement? Veld(JsonElement ouder, string naam) =>
        ouder.TryGetProperty(naam, out var waarde) && waarde.ValueKind != JsonValueKind.Null ? waarde : null;

    public DateOnly? Datum(JsonElement ouder, string naam, string pad)
    {
        if (Veld(ouder, naam) is { ValueKind: JsonValueKind.String } veld
            && DateOnly.TryParseExact(veld.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        Fout(Pad(pad, naam), "vul een datum in als jjjj-mm-dd.");
        return null;
    }

    public bool JaNee(JsonElement ouder, string naam, string pad, bool standaard)
    {
        switch (Veld(ouder, naam))
        {
            case null:
                return standaard;
            case { ValueKind: JsonValueKind.True }:
                return true;
            case { ValueKind: JsonValueKind.False }:
                return false;
            default:
                Fout(Pad(pad, naam), "vul true of false in.");
                return standaard;
        }
    }

    public Bedrag Euro(JsonElement ouder, string naam, string pad, bool verplicht)
    {
        if (Veld(ouder, naam) is not { } veld)
        {
            if (verplicht)
            {
                Fout(Pad(pad, naam), "vul een bedrag in euro's in, bijvoorbeeld 1000.00.");
            }

            return Bedrag.Nul;
        }

        if (veld.ValueKind != JsonValueKind.Number || !veld.TryGetDecimal(out var euro))
        {
            Fout(Pad(pad, naam), "vul een bedrag in euro's in als getal, bijvoorbeeld 1000.00.");
        }
        else if (euro < 0)
        {
            Fout(Pad(pad, naam), "een bedrag kan niet negatief zijn.");
        }
        else if (decimal.Truncate(euro * 100) != euro * 100)
        {
            Fout(Pad(pad, naam), "gebruik hoogstens twee decimalen (hele centen).");
        }
        else
        {
            return Bedrag.Euro(euro);
        }

        return Bedrag.Nul;
    }

    public int AantalMaanden(JsonElement ouder, string naam, string pad)
    {
        if (Veld(ouder, naam) is not { } veld)
        {
            return 0;
        }

        if (veld.ValueKind == JsonValueKind.Number && veld.TryGetInt32(out var aantal) && aantal is >= 0 and <= 1200)
        {
            return aantal;
        }

        Fout(Pad(pad, naam), "vul een geheel aantal maanden in, 0 of meer.");
        return 0;
    }

    /// <summary>One of the allowed words (exact, camelCase); null and a message otherwise.</summary>
    public T? Keuze<T>(JsonElement ouder, string naam, string pad, IReadOnlyDictionary<string, T> opties, T? standaard)
        where T : struct
    {
        var veld = Veld(ouder, naam);
        if (veld is null && standaard is not null)
        {
            return standaard;
        }

        if (veld is { ValueKind: JsonValueKind.String } tekst && opties.TryGetValue(tekst.GetString()!, out var keuze))
        {
            return keuze;
        }

        var namen = opties.Keys.ToList();
        Fout(Pad(pad, naam), $"kies uit {string.Join(", ", namen.Take(namen.Count - 1))} of {namen[^1]}.");
        return null;
    }

    /// <summary>The items of a list with their paths; an absent list is empty.</summary>
    public IEnumerable<(JsonElement Element, string Pad)> Lijst(JsonElement ouder, string naam)
    {
        if (Veld(ouder, naam) is not { } veld)
        {
            return [];
        }

        if (veld.ValueKind != JsonValueKind.Array)
        {
            Fout(naam, "vul een lijst in, of laat het veld weg.");
            return [];
        }

        return veld.EnumerateArray().Select((element, i) => (element, $"{naam}[{i}]")).ToList();
    }
}
