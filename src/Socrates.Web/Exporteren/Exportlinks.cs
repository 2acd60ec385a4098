namespace Socrates.Web.Exporteren;

/// <summary>
/// The download links of a list: its page, and the filters on screen as query-string values (ids, statuses and opaque
/// search keys only, never a name or a BSN). The page's <c>Export</c> handler takes them and the format.
/// </summary>
public sealed record Exportlinks(string Pagina, IReadOnlyDictionary<string, string> Filters)
{
    public Dictionary<string, string> Met(Exportformaat formaat)
    {
        var waarden = Filters.Where(f => f.Key is not ("Pagina" or "handler")).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        waarden["formaat"] = formaat.ToString();
        return waarden;
    }
}
