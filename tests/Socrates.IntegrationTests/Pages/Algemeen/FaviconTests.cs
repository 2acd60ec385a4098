using System.Net;

namespace Socrates.IntegrationTests.Pages.Algemeen;

/// <summary>The favicon: an SVG the layout links to, and /favicon.ico for whoever asks for it anyway, both without signing in.</summary>
public sealed class FaviconTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/favicon.ico", "image/x-icon")]
    public async Task Favicon_IsServed_WithoutSigningIn(string pad, string soort)
    {
        using var antwoord = await app.NieuweClient().GetAsync(new Uri(pad, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(soort, antwoord.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EveryPage_LinksTheSvgFavicon()
    {
        var html = await app.NieuweClient().GetStringAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />", html, StringComparison.Ordinal);
    }
}
