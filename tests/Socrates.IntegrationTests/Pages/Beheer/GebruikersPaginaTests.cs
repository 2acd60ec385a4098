using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

/// <summary>
/// A new user gets a one-time link instead of a mail: with it he sets his password once and signs in; the link then
/// no longer works. A blocked user cannot sign in.
/// </summary>
public sealed class GebruikersPaginaTests(AppFixture app)
{
    private const string NieuwWachtwoord = "Nieuw-Wachtwoord-2027";

    [DbFact]
    public async Task NieuweGebruiker_SetsHisPasswordOnceWithTheLink_AndSignsIn()
    {
        var beheerder = await app.LoginAsync(Rol.Beheerder, Leden.Rotterdam);
        var email = $"link-{Guid.NewGuid():N}@rotterdam.example";

        using var aangemaakt = await beheerder.PostFormAsync("/Beheer/Gebruikers/Toevoegen", new Dictionary<string, string>
        {
            ["Input.Naam"] = "Noor de Wit", ["Input.Email"] = email, ["Input.Rollen"] = Rol.Consulent,
        });

        var pagina = await HtmlPagina.LeesAsync(aangemaakt);
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        var link = new Uri(pagina.Zoek("#eenmalige-link")!.TextContent.Trim());
        var nieuweling = app.NieuweClient();
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var instellen = new Dictionary<string, string>
        {
            ["Input.Gebruiker"] = query["gebruiker"]!, ["Input.Token"] = query["token"]!,
            ["Input.Wachtwoord"] = NieuwWachtwoord, ["Input.Herhaling"] = NieuwWachtwoord,
        };
        using var eerste = await nieuweling.PostFormAsync(link.PathAndQuery, instellen, "/Account/WachtwoordInstellen");
        var ingesteld = await HtmlPagina.LeesAsync(eerste);
        Assert.True(ingesteld.Tekst.Contains("Uw wachtwoord is ingesteld", StringComparison.Ordinal), ingesteld.Status + ": " + ingesteld.Formulierfout);
        await nieuweling.InloggenAsync(email, NieuwWachtwoord);

        using var tweede = await app.NieuweClient().PostFormAsync(link.PathAndQuery, instellen, "/Account/WachtwoordInstellen");
        var geweigerd = await HtmlPagina.LeesAsync(tweede);
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.Status);
        Assert.StartsWith("Deze link is niet (meer) geldig", geweigerd.Formulierfout, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task WachtwoordInstellen_DifferentRepeat_IsRefusedAtTheField()
    {
        var client = app.NieuweClient();

        using var antwoord = await client.PostFormAsync("/Account/WachtwoordInstellen?gebruiker=x&token=y", new Dictionary<string, string>
        {
            ["Input.Wachtwoord"] = NieuwWachtwoord, ["Input.Herhaling"] = "Anders-Wachtwoord-2027",
        }, "/Account/WachtwoordInstellen");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal("De twee wachtwoorden zijn niet gelijk.", pagina.FoutBij("Input.Herhaling"));
    }

    [DbFact]
    public async Task Blokkeren_StopsSignIn_Deblokkeren_AllowsItAgain()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var beheerder = await app.LoginAsync(Rol.Beheerder, Leden.Rotterdam);
        var details = await beheerder.GetPaginaAsync($"/Beheer/Gebruikers/Details/{id}");
        var versie = details.Zoek("input[name=versie]")!.GetAttribute("value")!;

        using var blok = await beheerder.PostFormAsync($"/Beheer/Gebruikers/Details/{id}",
            new Dictionary<string, string> { ["versie"] = versie, ["blokkeren"] = "true" }, $"/Beheer/Gebruikers/Details/{id}?handler=Blokkeren");

        Assert.Equal(HttpStatusCode.Redirect, blok.StatusCode);
        using var poging = await app.NieuweClient().InloggenPogingAsync(email, SocratesApp.Wachtwoord);
        Assert.Equal(HttpStatusCode.BadRequest, poging.StatusCode);
        Assert.Equal(Web.Pages.Account.InloggenModel.Onjuist, (await HtmlPagina.LeesAsync(poging)).Formulierfout);
        Assert.Contains("Geblokkeerd", (await beheerder.GetPaginaAsync($"/Beheer/Gebruikers/Details/{id}")).Tekst, StringComparison.Ordinal);
        var versie2 = (await beheerder.GetPaginaAsync($"/Beheer/Gebruikers/Details/{id}")).Zoek("input[name=versie]")!.GetAttribute("value")!;
        using var deblok = await beheerder.PostFormAsync($"/Beheer/Gebruikers/Details/{id}",
            new Dictionary<string, string> { ["versie"] = versie2, ["blokkeren"] = "false" }, $"/Beheer/Gebruikers/Details/{id}?handler=Blokkeren");
        Assert.Equal(HttpStatusCode.Redirect, deblok.StatusCode);
        await app.NieuweClient().InloggenAsync(email, SocratesApp.Wachtwoord);
    }
}
