namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>The household pages in the order a consulent goes through them.</summary>
public static class HuishoudenNavigatie
{
    public static IReadOnlyList<(string Pagina, string Titel)> Paginas { get; } =
    [
        ("Partner", "Partner"),
        ("Kinderen", "Kinderen"),
        ("Medebewoners", "Medebewoners"),
        ("Woonsituatie", "Woonsituatie"),
        ("Inkomsten", "Inkomsten"),
        ("Vermogen", "Vermogen"),
    ];

    /// <summary>The dossier of the aanvraag (its own page, outside the household pages).</summary>
    public static string Dossier(int aanvraagId) => $"/Aanvragen/Dossier/{aanvraagId}";
}
