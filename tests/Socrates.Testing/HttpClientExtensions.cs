using System.Net;

namespace Socrates.Testing;

/// <summary>Forms as a browser posts them: the page is fetched first for its antiforgery token.</summary>
public static class HttpClientExtensions
{
    public static async Task<HtmlPagina> GetPaginaAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await HtmlPagina.LeesAsync(antwoord);
    }

    /// <summary>GETs <paramref name="formulierUrl"/>, takes its antiforgery token and posts the fields to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formulierUrl, IDictionary<string, string> velden, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(velden);
        var formulier = await client.GetPaginaAsync(formulierUrl);
        var token = formulier.AntiforgeryToken
            ?? throw new InvalidOperationException($"{formulierUrl} ({formulier.Status}) heeft geen antiforgery-token.");
        var inhoud = new Dictionary<string, string>(velden) { ["__RequestVerificationToken"] = token };
        using var body = new FormUrlEncodedContent(inhoud);
        return await client.PostAsync(new Uri(postUrl ?? formulierUrl, UriKind.Relative), body);
    }

    /// <summary>Signs in through the real page; throws when that does not end in a redirect.</summary>
    public static async Task InloggenAsync(this HttpClient client, string email, string wachtwoord)
    {
        using var antwoord = await client.InloggenPogingAsync(email, wachtwoord);
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            var pagina = await HtmlPagina.LeesAsync(antwoord);
            throw new InvalidOperationException($"Inloggen als {email} mislukte ({antwoord.StatusCode}): {pagina.Formulierfout}");
        }
    }

    public static Task<HttpResponseMessage> InloggenPogingAsync(this HttpClient client, string email, string wachtwoord) =>
        client.PostFormAsync("/Account/Inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Wachtwoord"] = wachtwoord,
        });
}
