using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using Socrates.Web.Configuration;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The app as <c>dotnet run</c> starts it (Development, demo users, the default password): every gemeente gets one
/// consulent, two teamleiders and two beheerders, so four-eyes can be tried at once, and the sign-in page points to the
/// README for the demo logins without printing the password.
/// </summary>
public sealed class DemoOmgevingTests(DemoOmgevingTests.OntwikkelApp app) : IClassFixture<DemoOmgevingTests.OntwikkelApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoSeeding_MakesTwoTeamleidersAndTwoBeheerders_PerGemeente()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();

        foreach (var lid in Leden.Alle)
        {
            foreach (var (rol, aantal) in new[] { (Rol.Consulent, 1), (Rol.Teamleider, 2), (Rol.Beheerder, 2) })
            {
                var demo = DemoGebruikers.Van(lid, rol).ToList();
                Assert.Equal(aantal, demo.Count);
                foreach (var (email, naam) in demo)
                {
                    var gebruiker = await gebruikers.FindByEmailAsync(email);
                    Assert.True(gebruiker is not null, $"{email} ontbreekt");
                    Assert.Equal(lid.Code, gebruiker.Gemeente);
                    Assert.Equal(naam, gebruiker.Naam);
                    Assert.Equal([rol], await gebruikers.GetRolesAsync(gebruiker));
                }
            }
        }

        Assert.Equal(["teamleider@amsterdam.example", "teamleider2@amsterdam.example"], DemoGebruikers.Van(Leden.Amsterdam, Rol.Teamleider).Select(g => g.Email));
        Assert.Equal(2, DemoGebruikers.Normbeheerders.Count);
        foreach (var (email, naam) in DemoGebruikers.Normbeheerders)
        {
            var normbeheerder = await gebruikers.FindByEmailAsync(email);
            Assert.True(normbeheerder is not null, $"{email} ontbreekt");
            Assert.Null(normbeheerder.Gemeente);
            Assert.Equal(naam, normbeheerder.Naam);
            Assert.Equal([Rol.Normbeheerder], await gebruikers.GetRolesAsync(normbeheerder));
        }
    }

    [Fact]
    public async Task SignInPage_InDevelopment_PointsToTheReadme_WithoutThePassword()
    {
        using var client = app.NieuweClient();

        var html = await client.GetStringAsync(new Uri("/Account/Inloggen", UriKind.Relative), Ct);

        Assert.Contains("Demo-omgeving", html, StringComparison.Ordinal);
        Assert.Contains("README", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DatabaseVoorbereiding.StandaardDemoWachtwoord, html, StringComparison.Ordinal);
    }

    /// <summary>Development with its demo users on the default password; no demo dossiers (they take time and are tested elsewhere).</summary>
    public sealed class OntwikkelApp : SqliteApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("Demo:Wachtwoord", "");
            builder.UseSetting("Demo:Dossiers", "false");
        }
    }
}
