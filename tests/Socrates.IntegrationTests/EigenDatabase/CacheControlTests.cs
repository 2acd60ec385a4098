using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Every answer that is not a static file carries <c>Cache-Control: no-store</c>: pages, redirects, downloads (CSV), the
/// betaalrun's JSON progress, errors. Static files (style sheets, scripts) may be cached. Its own database: it starts a
/// betaalrun, which the shared app's tests do not expect.
/// </summary>
public sealed class CacheControlTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Downloads_Json_Redirects_AndErrors_AreNeverStored()
    {
        var anoniem = app.NieuweClient();
        var beheerder = await app.LoginAsync(Rol.Beheerder, Leden.Utrecht);
        var teamleider = await app.LoginAsync(Rol.Teamleider, Leden.Utrecht);
        using var gestart = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = "2026-01" });

        var antwoorden = new List<(string Wat, HttpResponseMessage Antwoord)>
        {
            ("redirect naar inloggen", await anoniem.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), Ct)),
            ("redirect na een POST", gestart),
            ("audit-CSV", await beheerder.GetAsync(new Uri("/Beheer/Audit?handler=Export&formaat=Csv", UriKind.Relative), Ct)),
            ("terugvorderingen-CSV", await teamleider.GetAsync(new Uri("/Terugvorderingen/Overzicht?handler=Export&formaat=Csv", UriKind.Relative), Ct)),
            ("JSON-voortgang", await teamleider.GetAsync(new Uri("/Betaalruns/Overzicht/2026-01?handler=Voortgang", UriKind.Relative), Ct)),
            ("404", await teamleider.GetAsync(new Uri("/Betaalruns/Overzicht/1999-01?handler=Voortgang", UriKind.Relative), Ct)),
            ("health", await anoniem.GetAsync(new Uri("/health/live", UriKind.Relative), Ct)),
        };

        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        Assert.Equal("text/csv", antwoorden[2].Antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", antwoorden[4].Antwoord.Content.Headers.ContentType?.MediaType);
        Assert.All(antwoorden, a => Assert.True(a.Antwoord.Headers.CacheControl?.NoStore == true, $"{a.Wat}: Cache-Control '{a.Antwoord.Headers.CacheControl}'"));
        foreach (var (_, antwoord) in antwoorden)
        {
            antwoord.Dispose();
        }
    }

    [Fact]
    public async Task StaticFiles_MayBeCached()
    {
        using var antwoord = await app.NieuweClient().GetAsync(new Uri("/css/site.css", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.NotEqual(true, antwoord.Headers.CacheControl?.NoStore);
    }
}
