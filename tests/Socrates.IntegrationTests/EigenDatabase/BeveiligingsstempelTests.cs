using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// A blocked user or a new password ends every open session once the security stamp is checked again. The app checks
/// the stamp only after Identity's interval (five minutes); this app sets the interval to zero, so every request checks.
/// </summary>
public sealed class BeveiligingsstempelTests(BeveiligingsstempelTests.ElkVerzoekApp app) : IClassFixture<BeveiligingsstempelTests.ElkVerzoekApp>
{
    [Fact]
    public async Task NewSecurityStamp_SignsAnOpenSessionOut_ButAnUnchangedUserStays()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Rotterdam);
        var client = app.NieuweClient();
        await client.InloggenAsync(email, SocratesApp.Wachtwoord);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = await gebruikers.FindByEmailAsync(email);
            Assert.True((await gebruikers.UpdateSecurityStampAsync(gebruiker!)).Succeeded);
        }

        var daarna = await client.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, daarna.StatusCode);
        Assert.StartsWith("/Account/Inloggen", daarna.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    public sealed class ElkVerzoekApp : SqliteApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            ArgumentNullException.ThrowIfNull(builder);
            builder.ConfigureTestServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        }
    }
}
