namespace Socrates.Web.Weergave;

/// <summary>
/// A bar chart of one or more series per month, drawn as SVG on the server by <c>Shared/_Maandgrafiek</c>, with every
/// column (charted or not) in a table behind "De cijfers als tabel" (docs/overzicht.md). The page's heading that names chart
/// and table has the id <see cref="Kop"/>; the table's is <see cref="Tabel"/>.
/// </summary>
public sealed class Maandgrafiek(string id, string bijschrift, IReadOnlyList<DateOnly> maanden, IReadOnlyList<Maandreeks> reeksen)
{
    public const int Kolom = 44;

    public const int Hoogte = 140;

    /// <summary>The chart's name in the page's element ids: <c>kop-{id}</c>, <c>tabel-{id}</c>.</summary>
    public string Id { get; } = id;

    /// <summary>The table's caption, for screen readers.</summary>
    public string Bijschrift { get; } = bijschrift;

    public IReadOnlyList<DateOnly> Maanden { get; } = maanden;

    public IReadOnlyList<Maandreeks> Reeksen { get; } = reeksen;

    public string Kop => "kop-" + Id;

    public string Tabel => "tabel-" + Id;

    /// <summary>The series drawn as bars, side by side in each month's column.</summary>
    public IReadOnlyList<Maandreeks> Staven { get; } = [.. reeksen.Where(r => r.Klasse is not null)];

    /// <summary>The largest value drawn, the top of the scale (at least 1).</summary>
    public long Grootste { get; } = Math.Max(1, reeksen.Where(r => r.Klasse is not null).SelectMany(r => r.Waarden).Select(w => w ?? 0).DefaultIfEmpty(0).Max());

    /// <summary>The width of one bar: the series share a column of 34 with 2 between them.</summary>
    public int Staafbreedte => Staven.Count == 0 ? 0 : (34 - (2 * (Staven.Count - 1))) / Staven.Count;

    /// <summary>No bar has a value in any month: the page says so instead of drawing an empty chart.</summary>
    public bool IsLeeg => Staven.All(r => r.Waarden.All(w => w is null or 0));

    /// <summary>The height of a bar for <paramref name="waarde"/>; nothing below zero.</summary>
    public long StaafHoogte(long? waarde) => Math.Max(0, waarde ?? 0) * Hoogte / Grootste;
}

/// <summary>
/// One series: its table heading, what the legend and each bar's title call it, the bar's CSS class (null: only in the
/// table), the value per month (null: nothing that month, "—") and how a value is written.
/// </summary>
public sealed record Maandreeks(string Kop, string Omschrijving, string? Klasse, IReadOnlyList<long?> Waarden, Func<long, string> Tekst)
{
    public string TekstVan(long? waarde) => waarde is { } w ? Tekst(w) : "—";
}
