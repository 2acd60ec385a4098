using System.Net;

namespace Socrates.IntegrationTests.Pages.Algemeen;

public sealed class BeveiligingsheadersTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbTheory]
    [InlineData("/Account/Inloggen")]
    [InlineData("/")]
    [InlineData("/health/live")]
    [InlineData("/bestaat-niet")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        using var antwoord = await app.NieuweClient().GetAsync(new Uri(url, UriKind.Relative), Ct);

        var csp = string.Join(";", antwoord.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(antwoord.Headers.GetValues("Referrer-Policy")));
    }

    [DbFact]
    public async Task OutsideDevelopment_HstsIsSent()
    {
        var client = app.NieuweClient();
        client.BaseAddress = new Uri("https://socrates.example");     // HSTS is never sent to localhost

        using var antwoord = await client.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Contains("max-age=31536000", string.Join(";", antwoord.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task PlainHttp_IsRedirectedToHttps()
    {
        var client = app.NieuweClient();
        client.BaseAddress = new Uri("http://socrates.example");

        using var antwoord = await client.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.RedirectKeepVerb, antwoord.StatusCode);
        Assert.Equal("https", antwoord.Headers.Location?.Scheme);
    }

    [DbFact]
    public async Task Pages_AreNotCached()
    {
        using var antwoord = await app.NieuweClient().GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.True(antwoord.Headers.CacheControl?.NoStore);
    }

    [DbFact]
    public async Task UnknownPage_IsADutch404WithoutDetails()
    {
        var client = await app.LoginAsync(Domain.Gebruikers.Rol.Consulent, Domain.Gemeenten.Leden.Amsterdam);

        using var antwoord = await client.GetAsync(new Uri("/bestaat-niet", UriKind.Relative), Ct);
        var pagina = await Testing.HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.NotFound, pagina.Status);
        Assert.Contains("niet gevonden", pagina.Tekst, StringComparison.OrdinalIgnoreCase);
    }
}
