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

    /// <summary>
    /// GETs <paramref name="formulierUrl"/> and posts it to <paramref name="postUrl"/> as a browser would: with its antiforgery
    /// token and its hidden <c>Input.*</c> fields as rendered (the version the form shows), and <paramref name="velden"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formulierUrl, IDictionary<string, string> velden, string? postUrl = null) =>
        await client.VerstuurAsync(await client.OpenFormulierAsync(formulierUrl), velden, postUrl);

    /// <summary>
    /// Opens a form as a user does: its antiforgery token and its hidden <c>Input.*</c> fields as rendered now, to be
    /// posted later with <see cref="VerstuurAsync"/> (after a colleague changed the record, say).
    /// </summary>
    public static async Task<GeopendFormulier> OpenFormulierAsync(this HttpClient client, string url)
    {
        var pagina = await client.GetPaginaAsync(url);
        var token = pagina.AntiforgeryToken ?? throw new InvalidOperationException($"{url} ({pagina.Status}) heeft geen antiforgery-token.");
        var verborgen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var veld in pagina.ZoekAlle("input[type=hidden][name^='Input.']"))
        {
            verborgen.TryAdd(veld.GetAttribute("name")!, veld.GetAttribute("value") ?? "");
        }

        return new GeopendFormulier(url, token, verborgen);
    }

    /// <summary>Posts an opened form: its token and hidden fields as they were rendered, plus <paramref name="velden"/>.</summary>
    public static async Task<HttpResponseMessage> VerstuurAsync(
        this HttpClient client, GeopendFormulier formulier, IDictionary<string, string> velden, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(formulier);
        ArgumentNullException.ThrowIfNull(velden);
        var inhoud = new Dictionary<string, string>(formulier.Verborgen, StringComparer.Ordinal) { ["__RequestVerificationToken"] = formulier.Token };
        foreach (var (naam, waarde) in velden)
        {
            inhoud[naam] = waarde;
        }

        using var body = new FormUrlEncodedContent(inhoud);
        return await client.PostAsync(new Uri(postUrl ?? formulier.Url, UriKind.Relative), body);
    }

    /// <summary>
    /// GETs <paramref name="formulierUrl"/> for its antiforgery token and posts <paramref name="velden"/> to
    /// <paramref name="postUrl"/>, a name as often as it is given (the checkboxes of a list, say).
    /// </summary>
    public static async Task<HttpResponseMessage> PostVeldenAsync(
        this HttpClient client, string formulierUrl, IEnumerable<KeyValuePair<string, string>> velden, string postUrl)
    {
        ArgumentNullException.ThrowIfNull(velden);
        var formulier = await client.OpenFormulierAsync(formulierUrl);
        using var body = new FormUrlEncodedContent(velden.Append(new("__RequestVerificationToken", formulier.Token)));
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), body);
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
