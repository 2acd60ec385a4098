using Socrates.Application.Personen.Zoeken;

namespace Socrates.Web.Navigatie;

/// <summary>
/// A list's "Naam of BSN" search as the page shows it: the key from the URL, what was searched (null when nothing, or when
/// the key is no longer known: <see cref="Verlopen"/>).
/// </summary>
public sealed record Zoekopdracht(string? Sleutel, NaamOfBsn? Gezocht, bool Verlopen)
{
    public static readonly Zoekopdracht Geen = new(null, null, false);

    /// <summary>The term to send to the list's query.</summary>
    public string? Zoekterm => Gezocht?.Invoer;

    /// <summary>The key for the page's links, only while it finds a search.</summary>
    public string? ActieveSleutel => Gezocht is null ? null : Sleutel;

    /// <summary>"Geen resultaten voor …", on the page only (a BSN never goes into a URL).</summary>
    public string? GeenResultaten => Gezocht switch
    {
        null => null,
        { IsOngeldigBsn: true } g => $"Geen resultaten voor {g.Invoer}: dat is geen geldig BSN (negen cijfers, elfproef).",
        { IsBsn: true } g => $"Geen resultaten voor BSN {g.Invoer}.",
        { } g => $"Geen resultaten voor ‘{g.Invoer}’.",
    };

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
