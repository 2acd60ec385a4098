using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Filling in this app's forms as a user would: every field found by its visible label, dates as a date field
/// takes them (yyyy-MM-dd), choices by the text the user sees.
/// </summary>
internal static class Formulier
{
    /// <summary>The field with exactly this label.</summary>
    public static ILocator Veld(this IPage pagina, string label) => pagina.GetByLabel(label, new() { Exact = true });

    public static Task VulAsync(this IPage pagina, string label, string waarde) => pagina.Veld(label).FillAsync(waarde);

    public static Task VulAsync(this IPage pagina, string label, DateOnly datum) =>
        pagina.Veld(label).FillAsync(DatumVeld(datum));

    /// <summary>Chooses the option the user reads, not its value.</summary>
    public static Task KiesAsync(this IPage pagina, string label, string optie) =>
        pagina.Veld(label).SelectOptionAsync(new SelectOptionValue { Label = optie });

    /// <summary>Ticks a checkbox whose label starts with <paramref name="begin"/> (some labels are a whole sentence).</summary>
    public static Task VinkAanAsync(this IPage pagina, string begin) => pagina.GetByLabel(begin).CheckAsync();

    public static Task KnopAsync(this IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Button, new() { Name = naam, Exact = true }).ClickAsync();

    public static Task LinkAsync(this IPage pagina, string naam) =>
        pagina.GetByRole(AriaRole.Link, new() { Name = naam, Exact = true }).ClickAsync();

    /// <summary>The green confirmation after a saved form (TempData, <c>role="status"</c>).</summary>
    public static Task MeldingAsync(this IPage pagina, string tekst) =>
        Expect(pagina.Locator(".alert-success[role=status]")).ToHaveTextAsync(tekst);

    /// <summary>The text of the <c>dd</c> next to the <c>dt</c> <paramref name="term"/> in a definition list.</summary>
    public static ILocator Regel(this ILocator gebied, string term) =>
        gebied.Locator("dt", new() { HasTextRegex = new Regex("^" + Regex.Escape(term) + "$") })
            .Locator("xpath=following-sibling::dd[1]");

    public static string DatumVeld(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the pages show it.</summary>
    public static string Datum(DateOnly datum) => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
