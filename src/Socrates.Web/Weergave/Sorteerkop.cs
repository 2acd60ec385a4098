using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Weergave;

/// <summary>
/// A column header that sorts its list on the server: a link to the same page with the filters on screen, sorted on this
/// column ascending, or reversed when the list is already sorted on it; <see cref="AriaSort"/> tells a screen reader.
/// </summary>
public sealed record Sorteerkop(string Titel, string Pagina, IDictionary<string, string> Waarden, string? AriaSort, bool Rechts)
{
    public static Sorteerkop Voor<TKolom>(
        string titel, string pagina, TKolom kolom, TKolom gekozen, Sorteerrichting richting, IReadOnlyDictionary<string, string> filters, bool rechts = false)
        where TKolom : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(filters);
        var actief = EqualityComparer<TKolom>.Default.Equals(kolom, gekozen);
        var nieuw = actief && richting == Sorteerrichting.Oplopend ? Sorteerrichting.Aflopend : Sorteerrichting.Oplopend;
        var waarden = filters.Where(f => f.Key != "Pagina").ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        waarden["Sortering"] = kolom.ToString();
        waarden["Richting"] = nieuw.ToString();
        var aria = !actief ? null : richting == Sorteerrichting.Oplopend ? "ascending" : "descending";
        return new Sorteerkop(titel, pagina, waarden, aria, rechts);
    }

    /// <summary>
    /// Adds to a list's filters what every sortable list carries in its links: the search key, the order (only when one
    /// was chosen, so the default list keeps a short address) and the page (from 2 on).
    /// </summary>
    public static void Lijstwaarden<TKolom>(
        IDictionary<string, string> waarden, string? zoek, bool gekozen, TKolom sortering, Sorteerrichting richting, int? pagina)
        where TKolom : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(waarden);
        if (zoek is not null)
        {
            waarden["Zoek"] = zoek;
        }

        if (gekozen)
        {
            waarden["Sortering"] = sortering.ToString();
            waarden["Richting"] = richting.ToString();
        }

        if (pagina is > 1)
        {
            waarden["Pagina"] = pagina.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
