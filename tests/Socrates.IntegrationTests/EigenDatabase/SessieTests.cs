using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gebruikers.Blokkeren;
using Socrates.Application.Gebruikers.Rollen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// ASVS 3.3: blocking, a role change, a new password and signing out end every open session of that user at its next
/// request, and a copied cookie is worthless after sign-out. A second web instance on the same database (cookies are
/// readable there too, the key ring is in the database) refuses the session as well.
/// </summary>
public sealed class SessieTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnchangedUser_StaysSignedIn()
    {
        var (client, _) = await IngelogdAsync(Rol.Consulent);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));
        }
    }

    [Fact]
    public async Task Blocking_EndsTheOpenSession_AtItsNextRequest()
    {
        var (client, id) = await IngelogdAsync(Rol.Teamleider);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await BlokkeerAsync(id);

        await AssertNaarInloggenAsync(client);
    }

    [Fact]
    public async Task ARoleChange_EndsTheOpenSession_AtItsNextRequest()
    {
        var (client, id) = await IngelogdAsync(Rol.Teamleider);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await using (var beheerder = app.AlsGebruiker(Rol.Beheerder, Leden.Rotterdam, "beheerder-sessietest"))
        {
            await beheerder.Send(new RollenWijzigen { Id = id, Versie = await VersieAsync(id), Rollen = [Rol.Consulent] });
        }

        await AssertNaarInloggenAsync(client);
    }

    [Fact]
    public async Task ANewPassword_EndsTheOpenSession_AtItsNextRequest()
    {
        var (client, id) = await IngelogdAsync(Rol.Consulent);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = await gebruikers.FindByIdAsync(id);
            var token = await gebruikers.GeneratePasswordResetTokenAsync(gebruiker!);
            Assert.True((await gebruikers.ResetPasswordAsync(gebruiker!, token, "Ander-Wachtwoord-2027")).Succeeded);
        }

        await AssertNaarInloggenAsync(client);
    }

    [Fact]
    public async Task SigningOut_EndsTheOtherSessions_AndACopiedCookieIsRefused()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Rotterdam);
        var koekjes = new CookieContainer();
        var eerste = app.NieuweClient(koekjes);
        await eerste.InloggenAsync(email, SocratesApp.Wachtwoord);
        var tweede = app.NieuweClient();
        await tweede.InloggenAsync(email, SocratesApp.Wachtwoord);
        var kopie = MetCookies(app, koekjes);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(kopie));

        using var uit = await eerste.PostFormAsync("/Account/Uitloggen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        await AssertNaarInloggenAsync(kopie);
        await AssertNaarInloggenAsync(tweede);
        await AssertNaarInloggenAsync(eerste);
    }

    [Fact]
    public async Task AnotherInstance_RefusesTheBlockedUsersCookie()
    {
        await using var tweedeInstantie = new TweedeInstantie(app.Bestand);
        await tweedeInstantie.InitializeAsync();
        var koekjes = new CookieContainer();
        var (client, id) = await IngelogdAsync(Rol.Teamleider, koekjes);
        var elders = MetCookies(tweedeInstantie, koekjes);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(elders));

        await BlokkeerAsync(id);

        await AssertNaarInloggenAsync(elders);
    }

    [Fact]
    public async Task TheStampCache_KeepsAStampAtMostItsBewaartijd_WhenAnotherInstanceChangedIt()
    {
        var id = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Rotterdam));
        var oud = await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp!).SingleAsync(Ct));
        var stempels = app.Services.GetRequiredService<Sessiestempels>();
        var bewaartijd = stempels.Bewaartijd;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.SocratesDbContext>();
        app.Klok.Advance(bewaartijd);                           // past the moment the account was made (a change: nothing kept then)
        Assert.True(await stempels.IsGeldigAsync(id, oud, db, Ct));

        // Another instance renews the stamp: this one does not hear of it.
        await app.InDatabaseAsync(d => d.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "elders-vernieuwd"), Ct));
        app.Klok.Advance(bewaartijd - TimeSpan.FromMilliseconds(100));
        var binnenBewaartijd = await stempels.IsGeldigAsync(id, oud, db, Ct);
        app.Klok.Advance(TimeSpan.FromMilliseconds(200));
        var daarna = await stempels.IsGeldigAsync(id, oud, db, Ct);

        Assert.True(binnenBewaartijd);
        Assert.False(daarna);
        Assert.True(await stempels.IsGeldigAsync(id, "elders-vernieuwd", db, Ct));
        stempels.Vergeet(id);
        await app.InDatabaseAsync(d => d.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "hier-vernieuwd"), Ct));
        Assert.False(await stempels.IsGeldigAsync(id, "elders-vernieuwd", db, Ct));
    }

    private async Task<(HttpClient Client, string Id)> IngelogdAsync(string rol, CookieContainer? koekjes = null)
    {
        var email = await app.NieuweGebruikerAsync(rol, Leden.Rotterdam);
        var client = koekjes is null ? app.NieuweClient() : app.NieuweClient(koekjes);
        await client.InloggenAsync(email, SocratesApp.Wachtwoord);
        return (client, await app.GebruikerIdAsync(email));
    }

    private async Task BlokkeerAsync(string id)
    {
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Leden.Rotterdam, "beheerder-sessietest");
        await beheerder.Send(new GebruikerBlokkeren { Id = id, Versie = await VersieAsync(id), Blokkeren = true });
    }

    private Task<string> VersieAsync(string id) =>
        app.InDatabaseAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.ConcurrencyStamp!).SingleAsync(Ct));

    /// <summary>A client of <paramref name="doel"/> that sends a copy of the cookies in <paramref name="koekjes"/>, as an attacker who copied them would.</summary>
    private static HttpClient MetCookies(SocratesApp doel, CookieContainer koekjes)
    {
        var kopie = doel.CreateDefaultClient(doel.ClientOptions.BaseAddress);
        kopie.DefaultRequestHeaders.Add("Cookie", koekjes.GetCookieHeader(doel.ClientOptions.BaseAddress));
        return kopie;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client)
    {
        using var antwoord = await client.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), Ct);
        return antwoord.StatusCode;
    }

    private static async Task AssertNaarInloggenAsync(HttpClient client)
    {
        using var antwoord = await client.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/Inloggen", antwoord.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>A second web instance on the same database file, which reads the stamp on every request.</summary>
    private sealed class TweedeInstantie(string bestand) : SocratesApp
    {
        protected override (string Provider, string Verbinding) Database() => ("Sqlite", $"Data Source={bestand}");

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseSetting(Sessiestempels.Instelling, "0");
        }
    }
}
