using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Berekeningen.Contract;

/// <summary>
/// The output contract of <c>socrates bereken</c>: camelCase fields in a fixed order, amounts in euros as JSON numbers
/// with exactly two decimals (1401.50, never 1401.5).
/// </summary>
public static class BerekeningJson
{
    private static readonly JsonWriterOptions Opties = new()
    {
        Indented = true,
        // Standard output, not HTML: keep "€" and "ë" readable instead of \u20AC.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Schrijf(Berekening berekening)
    {
        ArgumentNullException.ThrowIfNull(berekening);
        using var stroom = new MemoryStream();
        using (var w = new Utf8JsonWriter(stroom, Opties))
        {
            w.WriteStartObject();
            w.WriteBoolean("recht", berekening.Recht);
            w.WriteStartArray("redenenGeenRecht");
            foreach (var reden in berekening.RedenenGeenRecht)
            {
                w.WriteStringValue(Tekst(reden));
            }

            w.WriteEndArray();
            w.WriteNumber("kostendelers", berekening.Kostendelers);
            Euro(w, "norm", berekening.Norm);
            Euro(w, "inkomenInAanmerking", berekening.InkomenInAanmerking);
            Euro(w, "vrijlating", berekening.Vrijlating);
            Euro(w, "bijstand", berekening.Bijstand);
            Euro(w, "vakantietoeslag", berekening.Vakantietoeslag);
            Euro(w, "teBetalen", berekening.TeBetalen);
            w.WriteStartArray("regels");
            foreach (var regel in berekening.Regels)
            {
                w.WriteStartObject();
                w.WriteString("omschrijving", Tekst(regel.Omschrijving));
                w.WriteString("artikel", regel.Artikel);
                Euro(w, "bedrag", regel.Bedrag);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("opmerkingen");
            foreach (var opmerking in berekening.Opmerkingen)
            {
                w.WriteStringValue(Tekst(opmerking));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stroom.ToArray());
    }

    /// <summary>Amounts in the sentences use a non-breaking space ("€ 1.401,50", for HTML); JSON gets a plain one.</summary>
    private static string Tekst(string zin) => zin.Replace('\u00A0', ' ');

    private static void Euro(Utf8JsonWriter w, string naam, Bedrag bedrag)
    {
        w.WritePropertyName(naam);
        w.WriteRawValue(bedrag.InEuro.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
