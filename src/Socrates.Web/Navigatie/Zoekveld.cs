namespace Socrates.Web.Navigatie;

/// <summary>
/// The "Naam of BSN" field of a list (<c>_Zoekveld</c>): the list page, its other filters (statuses, ids; never personal
/// data) for the form's action and the clear link, and the search shown now.
/// </summary>
public sealed record Zoekveld(string Pagina, IDictionary<string, string> Waarden, Zoekopdracht Zoekopdracht)
{
    /// <summary>What the field shows: the search as typed, on the page only.</summary>
    public string? Invoer => Zoekopdracht.Gezocht?.Invoer;
}
