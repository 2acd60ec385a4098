namespace Socrates.Web.Navigatie;

/// <summary>An entry of the main menu, shown to the given roles (none: every signed-in user).</summary>
public sealed record MenuItem(string Titel, string Pagina, string Map, IReadOnlyList<string> Rollen)
{
    public bool IsActief(string huidigePagina) =>
        Map == "/" ? huidigePagina == "/Index" : huidigePagina.StartsWith(Map, StringComparison.Ordinal);
}
