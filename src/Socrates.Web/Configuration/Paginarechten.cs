using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Socrates.Web.Configuration;

/// <summary>
/// Who may open which page: one table, by folder and, where a page asks more than its folder, by page. Pages carry no
/// [Authorize] of their own (an architecture test checks it). A page's rule and its folder's rule must both be met.
/// Everything not listed asks a signed-in user of a member municipality (the fallback policy of <see cref="Beleid"/>), so
/// the Normbeheerder (of no municipality) is refused everywhere but <c>/Normen</c> and the pages of <see cref="Aangemeld"/>.
/// What a page's commands may do is decided again, and finally, by the application layer's gate ([Vereist]).
/// </summary>
public static class Paginarechten
{
    public static IReadOnlyList<string> Anoniem { get; } = ["/Account/Inloggen", "/Account/WachtwoordInstellen", "/Fout"];

    /// <summary>Pages for anyone signed in, with or without a municipality.</summary>
    public static IReadOnlyList<string> Aangemeld { get; } = ["/Index", "/Account/Uitloggen", "/Account/GeenToegang"];

    public static IReadOnlyList<(string Map, string Beleid)> Mappen { get; } =
    [
        ("/Normen", Beleid.Normbeheerder),
        ("/Aanvragen", Beleid.Dossiers),
        ("/Aanvragen/Huishouden", Beleid.Consulent),
        ("/Personen", Beleid.Dossiers),
        ("/Terugvorderingen", Beleid.Dossiers),
        ("/Toekenningen", Beleid.Dossiers),
        ("/Werkvoorraad", Beleid.Werkvoorraad),
        ("/Overzicht", Beleid.Dossiers),
        ("/Heronderzoeken", Beleid.Dossiers),
        ("/TeBeoordelen", Beleid.Teamleider),
        ("/Betaalruns", Beleid.Teamleider),
        ("/Indexeringen", Beleid.Teamleider),
        ("/Beheer", Beleid.Beheerder),
    ];

    public static IReadOnlyList<(string Pagina, string Beleid)> Paginas { get; } =
    [
        // No folder rule for /Inkomstenopgaven: its entry pages are also the administratief medewerker's.
        ("/Inkomstenopgaven/Index", Beleid.Dossiers),
        // The werkvoorraad's list is also the bezwaarbehandelaar's (his bezwaren); its AOW tab is about dossiers.
        ("/Werkvoorraad/Aow", Beleid.Dossiers),
        ("/Inkomstenopgaven/Ontbrekend", Beleid.Dossiers),
        ("/Inkomstenopgaven/Opschorting", Beleid.Dossiers),
        ("/Inkomstenopgaven/Corrigeren", Beleid.Consulent),
        ("/Inkomstenopgaven/Registreren", Beleid.Opgaveinvoer),
        ("/Inkomstenopgaven/Importeren", Beleid.Opgaveinvoer),
        ("/Inkomstenopgaven/Opgaveplicht", Beleid.Consulent),
        ("/Aanvragen/Indienen", Beleid.Consulent),
        ("/Aanvragen/Bewijsstukken", Beleid.Consulent),
        ("/Aanvragen/Intrekken", Beleid.Consulent),
        ("/Aanvragen/Verdagen", Beleid.Consulent),
        ("/Aanvragen/Ingebrekestelling", Beleid.Dossiers),
        ("/Aanvragen/GeenDwangsom", Beleid.Dossiers),
        ("/Aanvragen/DwangsomVaststellen", Beleid.Dossiers),
        ("/Aanvragen/DwangsomBeoordelen", Beleid.Teamleider),
        ("/Aanvragen/Hersteltermijn", Beleid.Consulent),
        ("/Aanvragen/Besluit", Beleid.Consulent),
        ("/Aanvragen/Wijziging", Beleid.Consulent),
        ("/Aanvragen/Heropenen", Beleid.Consulent),
        ("/Aanvragen/Beoordelen", Beleid.Teamleider),
        ("/Personen/Registreren", Beleid.Consulent),
        ("/Personen/Wijzigen", Beleid.Consulent),
        ("/Terugvorderingen/Overzicht", Beleid.Teamleider),
        ("/Terugvorderingen/Beoordelen", Beleid.Teamleider),
        ("/Terugvorderingen/Oninbaar", Beleid.Teamleider),
        ("/Terugvorderingen/AfzienBeoordelen", Beleid.Teamleider),
        // No folder rule for /Bezwaren: registering is also the consulent's (docs/bezwaar.md).
        ("/Bezwaren/Registreren", Beleid.BezwaarRegistratie),
        ("/Bezwaren/Index", Beleid.Bezwaren),
        ("/Bezwaren/Details", Beleid.Bezwaren),
        ("/Bezwaren/Behandelaar", Beleid.Bezwaren),
        ("/Bezwaren/Verschoonbaarheid", Beleid.Bezwaren),
        ("/Bezwaren/Hoorzitting", Beleid.Bezwaren),
        ("/Bezwaren/Hoorverslag", Beleid.Bezwaren),
        ("/Bezwaren/AfzienVanHoren", Beleid.Bezwaren),
        ("/Bezwaren/Verdagen", Beleid.Bezwaren),
        ("/Bezwaren/VoorlopigeVoorziening", Beleid.Bezwaren),
        ("/Bezwaren/Beslissing", Beleid.Bezwaarbehandelaar),
        ("/Bezwaren/Beoordelen", Beleid.Teamleider),
        ("/Bezwaren/Brief", Beleid.Bezwaren),
    ];

    public static void Toepassen(PageConventionCollection conventies)
    {
        ArgumentNullException.ThrowIfNull(conventies);
        foreach (var pagina in Anoniem)
        {
            conventies.AllowAnonymousToPage(pagina);
        }

        foreach (var pagina in Aangemeld)
        {
            conventies.AuthorizePage(pagina, Beleid.Aangemeld);
        }

        foreach (var (map, beleid) in Mappen)
        {
            conventies.AuthorizeFolder(map, beleid);
        }

        foreach (var (pagina, beleid) in Paginas)
        {
            conventies.AuthorizePage(pagina, beleid);
        }
    }
}
