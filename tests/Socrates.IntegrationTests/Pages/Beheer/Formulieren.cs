using AngleSharp.Html.Dom;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

/// <summary>Posts a whole form as a browser would: every field as the page filled it, some changed, one submit button.</summary>
internal static class Formulieren
{
    public static async Task<HttpResponseMessage> VerstuurAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string> wijzigingen, string? handler = null) =>
        await client.VerstuurAsync(await client.GetPaginaAsync(url), url, wijzigingen, handler);

    /// <summary>Posts the form of a page the test already has (e.g. a confirmation step), as the browser would.</summary>
    public static async Task<HttpResponseMessage> VerstuurAsync(
        this HttpClient client, HtmlPagina pagina, string url, IReadOnlyDictionary<string, string> wijzigingen, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(pagina);
        ArgumentNullException.ThrowIfNull(wijzigingen);
        var formulier = pagina.Document.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>()
            .First(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null);
        var velden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var veld in formulier.QuerySelectorAll("input, select, textarea"))
        {
            var naam = veld.GetAttribute("name");
            if (naam is null || veld is IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false })
            {
                continue;
            }

            velden.TryAdd(naam, veld switch
            {
                IHtmlSelectElement keuze => keuze.Value ?? "",
                IHtmlTextAreaElement tekst => tekst.Value,
                _ => veld.GetAttribute("value") ?? "",
            });
        }

        foreach (var (naam, waarde) in wijzigingen)
        {
            velden[naam] = waarde;
        }

        using var body = new FormUrlEncodedContent(velden);
        var doel = handler is null ? url : $"{url}?handler={handler}";
        return await client.PostAsync(new Uri(doel, UriKind.Relative), body);
    }
}
