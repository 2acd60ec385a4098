using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Algemeen;

/// <summary>
/// The request's Host header never ends up in what the app hands out: redirects to sign-in and to https, and the password
/// link, are built on the configured address (<c>Socrates:BasisUrl</c>, https://localhost in the tests).
/// </summary>
public sealed class BasisadresTests(AppFixture app)
{
    private static readonly Uri Kwaadwillend = new("https://kwaadwillend.example");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task TheRedirectToSignIn_UsesTheConfiguredAddress()
    {
        using var antwoord = await Client(Kwaadwillend).GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("https://localhost/Account/Inloggen?ReturnUrl=", antwoord.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task TheRedirectToHttps_UsesTheConfiguredAddress()
    {
        using var antwoord = await Client(new Uri("http://kwaadwillend.example")).GetAsync(new Uri("/Account/Inloggen?x=1", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, antwoord.StatusCode);
        Assert.Equal("https://localhost/Account/Inloggen?x=1", antwoord.Headers.Location?.ToString());
    }

    [DbFact]
    public async Task ThePasswordLink_UsesTheConfiguredAddress()
    {
        var beheerder = Client(Kwaadwillend);
        await beheerder.InloggenAsync(DemoGebruikers.Email(Leden.Utrecht, Rol.Beheerder), SocratesApp.Wachtwoord);

        using var aangemaakt = await beheerder.PostFormAsync("/Beheer/Gebruikers/Toevoegen", new Dictionary<string, string>
        {
            ["Input.Naam"] = "Sem de Vries", ["Input.Email"] = $"link-{Guid.NewGuid():N}@utrecht.example", ["Input.Rollen"] = Rol.Consulent,
        });
        var pagina = await HtmlPagina.LeesAsync(aangemaakt);

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.StartsWith("https://localhost/Account/WachtwoordInstellen?gebruiker=", pagina.Zoek("#eenmalige-link")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    private HttpClient Client(Uri adres) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = adres });
}
