using System.Text;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>
/// The text of an uploaded file: UTF-8 (with or without a byte order mark, as Excel's "CSV UTF-8" saves it) or, when the bytes
/// are no valid UTF-8, Windows-1252 (Excel's ordinary "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows).
/// </summary>
public static class Bestandstekst
{
    private static readonly UTF8Encoding StrikteUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static Bestandstekst() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads at most <paramref name="maximumBytes"/> + 1 bytes, so that a larger file is known to be too large without reading it all.</summary>
    public static async Task<string> LeesAsync(Stream bestand, int maximumBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        using var buffer = new MemoryStream();
        var blok = new byte[81_920];
        int gelezen;
        while (buffer.Length <= maximumBytes && (gelezen = await bestand.ReadAsync(blok, cancellationToken)) > 0)
        {
            buffer.Write(blok, 0, gelezen);
        }

        return Tekst(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static string Tekst(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrikteUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
