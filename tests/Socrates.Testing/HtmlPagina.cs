using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Socrates.Testing;

/// <summary>A rendered page, parsed as a browser would, with the questions tests ask of it.</summary>
public sealed class HtmlPagina
{
    private HtmlPagina(HttpStatusCode status, IDocument document)
    {
        Status = status;
        Document = document;
    }

    public HttpStatusCode Status { get; }

    public IDocument Document { get; }

    public string Tekst => Document.Body?.TextContent ?? "";

    public string? Titel => Document.Title;

    public string? AntiforgeryToken =>
        Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    /// <summary>The message next to a field, e.g. <c>FoutBij("Input.Bsn")</c>, or null.</summary>
    public string? FoutBij(string veld)
    {
        ArgumentNullException.ThrowIfNull(veld);
        var id = veld.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        return Document.GetElementById(id + "-fout")?.TextContent.Trim();
    }

    /// <summary>The form-level message (not bound to one field), or null.</summary>
    public string? Formulierfout => Document.GetElementById("formulierfouten")?.TextContent.Trim();

    public IElement? Zoek(string selector) => Document.QuerySelector(selector);

    public IReadOnlyList<IElement> ZoekAlle(string selector) => Document.QuerySelectorAll(selector).ToList();

    public static async Task<HtmlPagina> LeesAsync(HttpResponseMessage antwoord)
    {
        ArgumentNullException.ThrowIfNull(antwoord);
        var html = await antwoord.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return new HtmlPagina(antwoord.StatusCode, document);
    }
}
