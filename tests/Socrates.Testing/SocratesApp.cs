using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Testing;

/// <summary>
/// The real web app on a real database, through its own Program: migrations at start-up, demo users, the whole
/// pipeline. Subclasses choose the database (a temporary SQLite file, or SQL Server in a container).
/// </summary>
public abstract class SocratesApp : WebApplicationFactory<Program>, Xunit.IAsyncLifetime
{
    public const string Wachtwoord = "Test-Wachtwoord-2026";

    /// <summary>An app whose clock starts at the test run's present (<see cref="Testtijd"/>).</summary>
    protected SocratesApp()
        : this(null)
    {
    }

    /// <summary>An app whose clock starts at <paramref name="begin"/> (null: the test run's present).</summary>
    protected SocratesApp(DateTimeOffset? begin)
    {
        ClientOptions.BaseAddress = new Uri("https://localhost");
        Klok = new Testklok(begin ?? Testtijd.Begin);
    }

    /// <summary>
    /// The app's only clock (its <see cref="TimeProvider"/>: "today", leases, delays, the session stamp cache, cookie and token
    /// lifetimes), a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>. It stands still until a test moves it:
    /// <c>app.Klok.Advance(TimeSpan.FromMinutes(6))</c> also fires the delays and timers that fall due; <c>AdjustTime</c> sets
    /// any moment, also back, as a server's clock is set, and fires nothing. Tests on an app shared across test classes do
    /// not move it (give such a test an app of its own), and take "today" from it too: <c>app.Klok.Vandaag()</c>.
    /// </summary>
    public Testklok Klok { get; }

    /// <summary>
    /// Starts the app once, before any test: WebApplicationFactory starts lazily and not thread-safely, and tests run in parallel.
    /// </summary>
    public virtual async ValueTask InitializeAsync()
    {
        StartServer();
        if (Overgangsmaand is { } maand)
        {
            await InDatabaseAsync(async db =>
            {
                foreach (var gemeente in await db.Gemeenten.ToListAsync())
                {
                    gemeente.OvergangVastleggen(maand);
                }

                return await db.SaveChangesAsync();
            });
        }
    }

    /// <summary>
    /// The overgangsmaand every member gets at start (docs/betalingen.md), or none. A shared app whose tests propose claims
    /// and herberekeningen on toekenningen that no betaalrun paid sets it after this month: those months count as paid by
    /// a previous system, outside the payment ledger, as in a municipality that came over to Socrates.
    /// </summary>
    protected virtual DateOnly? Overgangsmaand => null;

    /// <summary>Next month on the app's clock: everything up to this month is before the overgang.</summary>
    protected DateOnly VolgendeMaand
    {
        get
        {
            var vandaag = Klok.Vandaag();
            return new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(1);
        }
    }

    /// <summary>The port plain http is redirected to, as behind a TLS-terminating proxy; null: no redirection.</summary>
    protected virtual string? HttpsPoort => "443";

    /// <summary>The configured address of the app (<c>Socrates:BasisUrl</c>), which links and redirects use; null: none.</summary>
    protected virtual string? Adres => "https://localhost";

    /// <summary>The provider name and connection string this app runs on.</summary>
    protected abstract (string Provider, string Verbinding) Database();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var (provider, verbinding) = Database();
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting($"ConnectionStrings:{provider}", verbinding);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Gebruikers", "true");
        builder.UseSetting("Demo:Wachtwoord", Wachtwoord);
        builder.UseSetting("Logboek:Bestand", "");
        builder.UseSetting("Betaalrekeningen:GM0344:Iban", "NL91ABNA0417164300");   // Utrecht's letters name an account; the others' do not
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Klok));
        if (Adres is { } basis)
        {
            builder.UseSetting("Socrates:BasisUrl", basis);
        }

        if (HttpsPoort is { } poort)
        {
            builder.UseSetting("https_port", poort);
        }
    }

    /// <summary>A client that follows no redirects, so tests see every 302; it keeps cookies.</summary>
    public HttpClient NieuweClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    /// <summary>A client that follows no redirects and keeps its cookies in <paramref name="koekjes"/>, where a test can read them.</summary>
    public HttpClient NieuweClient(System.Net.CookieContainer koekjes) =>
        CreateDefaultClient(ClientOptions.BaseAddress, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(koekjes));

    /// <summary>A client signed in through the real sign-in page as the demo user of that role and municipality.</summary>
    public async Task<HttpClient> LoginAsync(string rol, Lid gemeente)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var client = NieuweClient();
        await client.InloggenAsync(DemoGebruikers.Email(gemeente, rol), Wachtwoord);
        return client;
    }

    /// <summary>A client signed in through the real sign-in page as the cooperative's <paramref name="nummer"/>th demo Normbeheerder.</summary>
    public async Task<HttpClient> LoginNormbeheerderAsync(int nummer = 1)
    {
        var client = NieuweClient();
        await client.InloggenAsync(DemoGebruikers.Normbeheerders[nummer - 1].Email, Wachtwoord);
        return client;
    }

    /// <summary>A fresh user of its own (random address), for tests that lock out or change a user.</summary>
    public async Task<string> NieuweGebruikerAsync(string rol, Lid gemeente)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var email = $"{rol.ToLowerInvariant()}-{Guid.NewGuid():N}@{gemeente.Kortenaam}.example";
        await using var scope = Services.CreateAsyncScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = new Gebruiker
        {
            UserName = email, Email = email, EmailConfirmed = true, Gemeente = gemeente.Code, Naam = "Test " + rol,
        };
        Verwacht(await gebruikers.CreateAsync(gebruiker, Wachtwoord));
        Verwacht(await gebruikers.AddToRoleAsync(gebruiker, rol));
        return email;
    }

    /// <summary>A service scope acting as a user of that role and municipality, as the web app's middleware would set it.</summary>
    public AlsGebruiker AlsGebruiker(string rol, Lid gemeente, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>()
            .Zet(id ?? "test-" + rol.ToLowerInvariant(), "Test " + rol, gemeente.Code, [rol]);
        return new AlsGebruiker(scope);
    }

    /// <summary>A service scope acting as a Normbeheerder of the cooperative: a person of no municipality.</summary>
    public AlsGebruiker AlsNormbeheerder(string id = "test-normbeheerder")
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(id, "Test " + Rol.Normbeheerder, null, [Rol.Normbeheerder]);
        return new AlsGebruiker(scope);
    }

    /// <summary>A scope that acts as nobody: no municipality, so the query filters show nothing.</summary>
    public AlsGebruiker AlsNiemand() => new(Services.CreateAsyncScope());

    /// <summary>The DbContext outside any user, with every query filter lifted, for assertions on what was saved.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<SocratesDbContext, Task<T>> vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        await using var scope = Services.CreateAsyncScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<SocratesDbContext>());
    }

    private static void Verwacht(IdentityResult resultaat)
    {
        if (!resultaat.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}
