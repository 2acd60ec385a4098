using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Socrates.IntegrationTests.EigenDatabase.Vijandig;

/// <summary>
/// A form as a page renders it: where it goes, how, and its fields with the values a browser would send untouched
/// (the checked radio and boxes, the selected option, hidden fields). The antiforgery token is kept apart.
/// </summary>
internal sealed record Formulier(string Pagina, string Methode, string Actie, IReadOnlyList<KeyValuePair<string, string>> Velden, string? Token)
{
    /// <summary>The form's field names, each once, in page order.</summary>
    public IReadOnlyList<string> Namen => [.. Velden.Select(v => v.Key).Distinct(StringComparer.Ordinal)];

    /// <summary>What makes two forms the same form: the page's route template, the method, the handler and the fields.</summary>
    public string Sleutel(string sjabloon) =>
        $"{Methode} {sjabloon} {HandlerVan(Actie)} [{string.Join(",", Namen.Order(StringComparer.Ordinal))}]";

    public static IEnumerable<Formulier> Uit(IDocument document, string paginaUrl)
    {
        foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            var velden = new List<KeyValuePair<string, string>>();
            string? token = null;
            foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name], button[name]"))
            {
                var naam = element.GetAttribute("name")!;
                if (naam == "__RequestVerificationToken")
                {
                    token = element.GetAttribute("value");
                    continue;
                }

                if (Waarde(element) is { } waarde && !velden.Any(v => v.Key == naam && element is IHtmlButtonElement))
                {
                    velden.Add(new(naam, waarde));
                }
                else if (element is IHtmlInputElement { Type: "radio" or "checkbox" } && velden.All(v => v.Key != naam))
                {
                    velden.Add(new(naam, element.GetAttribute("value") ?? "on"));       // none checked: still a field to attack
                }
            }

            var methode = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
            var actie = form.GetAttribute("action") is { Length: > 0 } a ? a : paginaUrl;
            yield return new Formulier(paginaUrl, methode, actie, velden, token);
        }
    }

    private static string? Waarde(IElement element) => element switch
    {
        IHtmlInputElement { Type: "submit" or "image" or "reset" or "button" or "file" } => null,
        IHtmlInputElement { Type: "radio" or "checkbox" } input => input.IsChecked ? input.GetAttribute("value") ?? "on" : null,
        IHtmlInputElement input => input.GetAttribute("value") ?? "",
        IHtmlSelectElement select => select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? (select.Options.Length > 0 ? select.Options[0]?.Value : null) ?? "",
        IHtmlTextAreaElement area => area.TextContent,
        IHtmlButtonElement button => button.GetAttribute("value") ?? "",
        _ => null,
    };

    private static string HandlerVan(string actie)
    {
        var vraag = actie.IndexOf('?', StringComparison.Ordinal);
        return vraag < 0 ? "" : System.Web.HttpUtility.ParseQueryString(actie[(vraag + 1)..])["handler"] ?? "";
    }
}
