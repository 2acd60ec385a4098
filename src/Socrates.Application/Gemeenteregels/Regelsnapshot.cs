using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels;

/// <summary>
/// What a four-eyes proposal stores: the proposed rules themselves (the record as JSON, amounts in cents, percentages in
/// basispunten, choices by name, as the rules table stores them), not the form that produced them. Proposals stored before this format (format 1, until
/// December 2026) hold the serialized form command, with values as typed; they are read through the
/// <see cref="Regelcatalogus"/>, so they still load and can still be approved.
/// </summary>
public static class Regelsnapshot
{
    public const int Formaat = 2;

    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly JsonSerializerOptions Opties = new()
    {
        Converters =
        {
            new JsonStringEnumConverter(),
            new Omzetter<Bedrag>(b => b.Centen, c => new Bedrag(c)),
            new Omzetter<Percentage>(p => p.Basispunten, b => new Percentage(checked((int)b))),
        },
    };

    public static string Schrijf(GemeenteInstellingen regels) => JsonSerializer.Serialize(new Inhoud(Formaat, regels), Opties);

    public static GemeenteInstellingen Lees(string inhoud)
    {
        using var document = JsonDocument.Parse(inhoud);
        var wortel = document.RootElement;
        if (wortel.TryGetProperty(nameof(Inhoud.Formaat), out var formaat))
        {
            return formaat.GetInt32() == Formaat
                ? wortel.GetProperty(nameof(Inhoud.Regels)).Deserialize<GemeenteInstellingen>(Opties)!
                : throw new InvalidOperationException($"Onbekend formaat {formaat.GetInt32()} van een voorstel voor gemeenteregels.");
        }

        return Regelcatalogus.Alle.Aggregate(
            new GemeenteInstellingen(),
            (regels, regel) => regel.Zet(regels, wortel.TryGetProperty(regel.Naam, out var waarde) ? AlsInvoer(waarde) : null));
    }

    private static string? AlsInvoer(JsonElement waarde) => waarde.ValueKind switch
    {
        JsonValueKind.Number => waarde.GetDecimal().ToString(Nederlands),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => waarde.GetString(),
        _ => null,
    };

    private sealed record Inhoud(int Formaat, GemeenteInstellingen Regels);

    /// <summary>Stores a money or percentage value as its whole number (cents, basispunten), as the database does.</summary>
    private sealed class Omzetter<T>(Func<T, long> naarGetal, Func<long, T> vanGetal) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => vanGetal(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(naarGetal(value));
        }
    }
}
