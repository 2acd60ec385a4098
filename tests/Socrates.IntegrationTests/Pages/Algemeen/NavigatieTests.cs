using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Algemeen;

public sealed class NavigatieTests(AppFixture app)
{
    [DbTheory]
    [InlineData(Rol.Consulent, false)]
    [InlineData(Rol.Teamleider, false)]
    [InlineData(Rol.Beheerder, true)]
    public async Task Menu_ShowsBeheerToTheBeheerder_AndTheCaseworkToTheOthers(string rol, bool zichtbaar)
    {
        var client = await app.LoginAsync(rol, Leden.Amsterdam);

        var pagina = await client.GetPaginaAsync("/");
        var menu = pagina.ZoekAlle("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Contains("Start", menu);
        Assert.Equal(zichtbaar, menu.Contains("Beheer"));
        Assert.Equal(!zichtbaar, menu.Contains("Werkvoorraad"));
        Assert.Equal(!zichtbaar, menu.Contains("Personen"));
        Assert.Equal(!zichtbaar, menu.Contains("Toekenningen"));
        Assert.Equal(!zichtbaar, menu.Contains("Terugvorderingen"));
        Assert.Equal(rol == Rol.Teamleider, menu.Contains("Betaalruns"));
    }

    [DbTheory]
    [InlineData(Rol.Consulent)]
    [InlineData(Rol.Teamleider)]
    public async Task Beheer_OtherRoles_AreSentToGeenToegang(string rol)
    {
        var client = await app.LoginAsync(rol, Leden.Utrecht);

        using var antwoord = await client.GetAsync(new Uri("/Beheer/Gemeenteregels", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", antwoord.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Layout_HasSkipLinkLandmarksAndCurrentPage()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.DenHaag);

        var pagina = await client.GetPaginaAsync("/");

        Assert.Equal("#inhoud", pagina.Zoek("a.skiplink")?.GetAttribute("href"));
        Assert.NotNull(pagina.Zoek("header"));
        Assert.NotNull(pagina.Zoek("main#inhoud"));
        Assert.NotNull(pagina.Zoek("footer"));
        Assert.Equal("Start", pagina.Zoek("nav a[aria-current=page]")?.TextContent.Trim());
        Assert.Contains("Gemeente 's-Gravenhage", pagina.Zoek("header")?.TextContent, StringComparison.Ordinal);
    }
}
