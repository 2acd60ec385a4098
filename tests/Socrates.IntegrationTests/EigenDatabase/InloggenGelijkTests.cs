using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using Socrates.Web.Pages.Account;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// No account enumeration through the sign-in page: an unknown address, a wrong password, an account locked after five
/// failures and one blocked by the Beheerder get the same status and message, and each costs one password hash
/// verification (counted here), so they take the same time (measured here too, roughly).
/// </summary>
public sealed class InloggenGelijkTests(InloggenGelijkTests.TellendeApp app) : IClassFixture<InloggenGelijkTests.TellendeApp>
{
    private const string Fout = "Verkeerd-wachtwoord-1";

    [Fact]
    public async Task UnknownWrongLockedAndBlocked_GiveTheSameAnswer_AndOneHashEach()
    {
        var fout = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Utrecht);
        var vergrendeld = await VergrendeldAsync();
        var geblokkeerd = await GeblokkeerdAsync();

        var antwoorden = new List<(string Wat, HttpStatusCode Status, string? Melding, int Hashes)>();
        foreach (var (wat, email, wachtwoord) in new[]
                 {
                     ("onbekend", $"niemand-{Guid.NewGuid():N}@nergens.example", Fout),
                     ("fout wachtwoord", fout, Fout),
                     ("vergrendeld, goed wachtwoord", vergrendeld, SocratesApp.Wachtwoord),
                     ("vergrendeld, fout wachtwoord", vergrendeld, Fout),
                     ("door beheerder geblokkeerd, goed wachtwoord", geblokkeerd, SocratesApp.Wachtwoord),
                 })
        {
            var voor = app.Hasher.Verificaties;
            using var antwoord = await app.NieuweClient().InloggenPogingAsync(email, wachtwoord);
            antwoorden.Add((wat, antwoord.StatusCode, (await HtmlPagina.LeesAsync(antwoord)).Formulierfout, app.Hasher.Verificaties - voor));
        }

        Assert.All(antwoorden, a => Assert.Equal((HttpStatusCode.BadRequest, InloggenModel.Onjuist, 1), (a.Status, a.Melding, a.Hashes)));
    }

    [Fact]
    public async Task ALockedAccount_TakesAboutAsLongAsAnUnknownOne()
    {
        var vergrendeld = await VergrendeldAsync();
        var onbekend = new List<double>();
        var gesloten = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            onbekend.Add(await DuurAsync($"niemand-{i}@nergens.example"));
            gesloten.Add(await DuurAsync(vergrendeld));
        }

        // Interleaved and compared by median, so the shared machine's load hits both alike. Before the fix a locked
        // account answered in about 4 ms against 70 ms (no hash at all).
        Assert.True(Mediaan(gesloten) > 0.5 * Mediaan(onbekend), $"vergrendeld {Mediaan(gesloten):0.0} ms, onbekend {Mediaan(onbekend):0.0} ms");
    }

    private async Task<double> DuurAsync(string email)
    {
        var client = app.NieuweClient();
        await client.GetPaginaAsync("/Account/Inloggen");
        var klok = Stopwatch.StartNew();
        using var antwoord = await client.InloggenPogingAsync(email, Fout);
        return klok.Elapsed.TotalMilliseconds;
    }

    private static double Mediaan(List<double> waarden) => waarden.Order().ElementAt(waarden.Count / 2);

    private async Task<string> VergrendeldAsync()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Utrecht);
        for (var i = 0; i < IdentityBeleid.MaximaalMisluktePogingen; i++)
        {
            using var _ = await app.NieuweClient().InloggenPogingAsync(email, Fout);
        }

        Assert.NotNull(await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()));
        return email;
    }

    private async Task<string> GeblokkeerdAsync()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Utrecht);
        await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue)));
        return email;
    }

    /// <summary>The app with a password hasher that counts its verifications.</summary>
    public sealed class TellendeApp : SqliteApp
    {
        public TellendeHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            ArgumentNullException.ThrowIfNull(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<Gebruiker>>(Hasher));
        }
    }

    public sealed class TellendeHasher : IPasswordHasher<Gebruiker>
    {
        private readonly PasswordHasher<Gebruiker> _echt = new();
        private int _verificaties;

        public int Verificaties => Volatile.Read(ref _verificaties);

        public string HashPassword(Gebruiker user, string password) => _echt.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Gebruiker user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verificaties);
            return _echt.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
