namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>
/// A remove button in its own small form: posts <paramref name="Veld"/> = <paramref name="Id"/> and the version shown to
/// the page's Verwijderen handler. <paramref name="Wat"/> completes the button's accessible name ("Verwijderen Bas").
/// </summary>
public sealed record Verwijderknop(int AanvraagId, int Versie, string? Veld, int Id, string Wat);
