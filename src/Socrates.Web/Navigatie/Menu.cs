using System.Security.Claims;
using Socrates.Domain.Gebruikers;

namespace Socrates.Web.Navigatie;

/// <summary>The main menu. An entry appears once its feature exists, and only for the roles that use it.</summary>
public sealed class Menu
{
    public IReadOnlyList<MenuItem> Items { get; } =
    [
        new("Start", "/Index", "/", Rol.Alle),
        new("Overzicht", Paginas.Overzicht.Index, "/Overzicht", [Rol.Consulent, Rol.Teamleider]),
        new("Werkvoorraad", Paginas.Werkvoorraad.Index, "/Werkvoorraad", [Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar]),
        new("Te beoordelen", Paginas.TeBeoordelen.Index, "/TeBeoordelen", [Rol.Teamleider]),
        new("Toekenningen", "/Toekenningen/Index", "/Toekenningen", [Rol.Consulent, Rol.Teamleider]),
        new("Terugvorderingen", "/Terugvorderingen/Index", "/Terugvorderingen", [Rol.Consulent, Rol.Teamleider]),
        new("Bezwaren", Paginas.Bezwaren.Index, "/Bezwaren", [Rol.Bezwaarbehandelaar, Rol.Teamleider]),
        new("Inkomstenopgaven", Paginas.Inkomstenopgaven.Registreren, "/Inkomstenopgaven", [Rol.Consulent, Rol.AdministratiefMedewerker]),
        new("Opgaven inlezen", Paginas.Inkomstenopgaven.Importeren, Paginas.Inkomstenopgaven.Importeren, [Rol.Consulent, Rol.AdministratiefMedewerker]),
        new("Heronderzoeken", Paginas.Heronderzoeken.Index, "/Heronderzoeken", [Rol.Consulent, Rol.Teamleider]),
        new("Ontbrekende opgaven", Paginas.Inkomstenopgaven.Ontbrekend, Paginas.Inkomstenopgaven.Ontbrekend, [Rol.Consulent, Rol.Teamleider]),
        new("Betaalruns", "/Betaalruns/Index", "/Betaalruns", [Rol.Teamleider]),
        new("Personen", Paginas.Personen.Index, "/Personen", [Rol.Consulent, Rol.Teamleider]),
        new("Beheer", Paginas.Beheer.Gemeenteregels, "/Beheer", [Rol.Beheerder]),
        new("Landelijke normen", Paginas.Normen.Index, "/Normen", [Rol.Normbeheerder]),
    ];

    /// <summary>The entry of the current page: the one with the longest matching folder ("Opgaven inlezen" within "/Inkomstenopgaven").</summary>
    public static MenuItem? Actief(IEnumerable<MenuItem> items, string huidigePagina) =>
        items.Where(i => i.IsActief(huidigePagina)).MaxBy(i => i.Map.Length);

    public IEnumerable<MenuItem> Zichtbaar(ClaimsPrincipal gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return Items.Where(i => i.Rollen.Count == 0 || i.Rollen.Any(gebruiker.IsInRole));
    }
}
