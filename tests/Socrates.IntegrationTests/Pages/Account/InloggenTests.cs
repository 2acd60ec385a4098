using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Account;

public sealed class InloggenTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Get_Anonymous_ShowsDutchSignInPage()
    {
        var pagina = await app.NieuweClient().GetPaginaAsync("/Account/Inloggen");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal("nl", pagina.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Inloggen bij Socrates", pagina.Zoek("h1")?.TextContent.Trim());
        Assert.Equal("E-mailadres", pagina.Zoek("label[for=Input_Email]")?.TextContent.Trim());
        Assert.Equal("Wachtwoord", pagina.Zoek("label[for=Input_Wachtwoord]")?.TextContent.Trim());
        Assert.NotNull(pagina.AntiforgeryToken);
    }

    [DbFact]
    public async Task Get_StartPage_Anonymous_RedirectsToSignIn()
    {
        using var antwoord = await app.NieuweClient().GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/Inloggen", antwoord.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_RotterdamConsulent_ShowsShellWithRotterdam()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync("/");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Gemeente Rotterdam", pagina.Zoek("header")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fatima Yilmaz", pagina.Zoek("header")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Amsterdam", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_EmptyFields_ShowsMessageAtEachField()
    {
        using var antwoord = await app.NieuweClient().InloggenPogingAsync("", "");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Vul uw e-mailadres in.", pagina.FoutBij("Input.Email"));
        Assert.Equal("Vul uw wachtwoord in.", pagina.FoutBij("Input.Wachtwoord"));
    }

    [DbFact]
    public async Task Post_WrongPassword_ShowsMessage_AndAuditsTheRefusal()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Utrecht);

        using var antwoord = await app.NieuweClient().InloggenPogingAsync(email, "Verkeerd-wachtwoord-1");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal(Web.Pages.Account.InloggenModel.Onjuist, pagina.Formulierfout);
        var regels = await app.InDatabaseAsync(db => AuditVan(db, email));
        var regel = Assert.Single(regels);
        Assert.Equal(("Inloggen", AuditUitkomst.Geweigerd, Leden.Utrecht.Code), (regel.Actie, regel.Uitkomst, regel.Gemeente));
    }

    [DbFact]
    public async Task Post_UnknownAddress_ShowsTheSameMessage()
    {
        using var antwoord = await app.NieuweClient().InloggenPogingAsync("niemand@nergens.example", "Verkeerd-wachtwoord-1");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(Web.Pages.Account.InloggenModel.Onjuist, pagina.Formulierfout);
    }

    [DbFact]
    public async Task Post_FiveWrongPasswords_LocksTheAccount_EvenForTheRightPassword()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.DenHaag);
        var client = app.NieuweClient();
        string? melding = null;
        for (var poging = 1; poging <= 5; poging++)
        {
            using var fout = await client.InloggenPogingAsync(email, "Verkeerd-wachtwoord-1");
            melding = (await HtmlPagina.LeesAsync(fout)).Formulierfout;
        }

        using var goed = await client.InloggenPogingAsync(email, SocratesApp.Wachtwoord);
        var pagina = await HtmlPagina.LeesAsync(goed);

        Assert.Equal(Web.Pages.Account.InloggenModel.Onjuist, melding);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal(Web.Pages.Account.InloggenModel.Onjuist, pagina.Formulierfout);
        var einde = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(Ct));
        // Identity's UserManager sets the lock-out on the real clock, not on the app's TimeProvider.
        Assert.InRange(einde!.Value - TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [DbFact]
    public async Task Post_Success_SetsHttpOnlySecureStrictCookie()
    {
        using var antwoord = await app.NieuweClient()
            .InloggenPogingAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Teamleider), SocratesApp.Wachtwoord);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var cookie = Assert.Single(antwoord.Headers.GetValues("Set-Cookie"), c => c.StartsWith("socrates=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [DbFact]
    public async Task Post_ReturnUrlToAnotherSite_GoesToTheStartPageInstead()
    {
        var client = app.NieuweClient();
        using var antwoord = await client.PostFormAsync(
            "/Account/Inloggen",
            new Dictionary<string, string>
            {
                ["Input.Email"] = DemoGebruikers.Email(Leden.Utrecht, Rol.Consulent),
                ["Input.Wachtwoord"] = SocratesApp.Wachtwoord,
                ["ReturnUrl"] = "https://kwaadwillend.example/",
            });

        Assert.Equal("/", antwoord.Headers.Location?.OriginalString);
    }

    [DbFact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent),
            ["Input.Wachtwoord"] = SocratesApp.Wachtwoord,
        });
        using var antwoord = await app.NieuweClient().PostAsync(new Uri("/Account/Inloggen", UriKind.Relative), body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.False(antwoord.Headers.Contains("Set-Cookie") && antwoord.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("socrates=", StringComparison.Ordinal)));
    }

    [DbFact]
    public async Task Uitloggen_EndsTheSession()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Rotterdam);

        using var uit = await client.PostFormAsync("/", new Dictionary<string, string>(), "/Account/Uitloggen");
        using var daarna = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.StartsWith("/Account/Inloggen", daarna.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static Task<List<AuditRegel>> AuditVan(Infrastructure.Persistence.SocratesDbContext db, string email) =>
        db.AuditRegels.IgnoreQueryFilters()
            .Where(a => a.GebruikerId == db.Users.Where(u => u.Email == email).Select(u => u.Id).Single())
            .ToListAsync(Ct);
}
