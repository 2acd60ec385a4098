namespace Socrates.Web.Exporteren;

/// <summary>
/// A list as it is downloaded: its columns, each with the kind of value it holds, and its rows, read lazily from the
/// database while the file is written (so 100,000 rows never sit in memory together). The web layer writes it as CSV or
/// xlsx through one exporter; the page builds it from the rows of an export query, which has already checked the user's rights and audited the export.
/// </summary>
public sealed record Exporttabel(string Bestandsnaam, IReadOnlyList<Exportkolom> Kolommen, IEnumerable<object?[]> Rijen)
{
    /// <summary>A table of <paramref name="rijen"/>, each row laid out by the columns' value functions.</summary>
    public static Exporttabel Van<T>(string bestandsnaam, IEnumerable<T> rijen, params Exportkolom<T>[] kolommen)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        ArgumentNullException.ThrowIfNull(kolommen);
        var koppen = kolommen.Select(k => k.Kop).ToList();
        if (koppen.Distinct(StringComparer.OrdinalIgnoreCase).Count() != koppen.Count)
        {
            throw new ArgumentException("Twee kolommen van een export hebben dezelfde kop.", nameof(kolommen));
        }

        return new Exporttabel(
            bestandsnaam,
            [.. kolommen.Select(k => new Exportkolom(k.Kop, k.Soort))],
            rijen.Select(r => kolommen.Select(k => k.Waarde(r)).ToArray()));
    }
}

/// <summary>A column of an export: its heading and the kind of value in it, which decides how a cell is written.</summary>
public sealed record Exportkolom(string Kop, Kolomsoort Soort);

/// <summary>A column of an export while it is built: its heading, its kind, and how a row gives its value.</summary>
public sealed record Exportkolom<T>(string Kop, Kolomsoort Soort, Func<T, object?> Waarde);

/// <summary>
/// The kind of a column's values: <see cref="Tekst"/> a string (guarded against formulas), <see cref="Getal"/> an
/// integer, <see cref="Bedrag"/> a <c>Bedrag</c> (euro, two decimals), <see cref="Datum"/> a <c>DateOnly</c>,
/// <see cref="Tijdstip"/> a UTC <c>DateTime</c> shown in Amsterdam time. A null value is an empty cell.
/// </summary>
public enum Kolomsoort
{
    Tekst,
    Getal,
    Bedrag,
    Datum,
    Tijdstip,
}
