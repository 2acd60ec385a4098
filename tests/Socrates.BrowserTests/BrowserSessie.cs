using Microsoft.Playwright;

namespace Socrates.BrowserTests;

/// <summary>
/// One test's browser: its own context (cookies), one page, pointed at the app. <see cref="OpenAsync"/> is called
/// from the test method, so the skip happens in the test: without Chromium the test is skipped with the reason,
/// except on CI (<c>CI=true</c>), where a missing browser is a failure.
/// </summary>
public sealed class BrowserSessie : IAsyncDisposable
{
    /// <summary>Where tests put their screenshots, to look at afterwards.</summary>
    public const string Schermafdrukken = "/tmp/socrates-browser";

    private readonly IBrowserContext _context;

    private BrowserSessie(IBrowserContext context, IPage pagina)
    {
        _context = context;
        Pagina = pagina;
    }

    public IPage Pagina { get; }

    public static async Task<BrowserSessie> OpenAsync(BrowserFixture browser, KestrelApp app)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(app);
        if (browser.Startfout is { } startfout)
        {
            Assert.Fail(startfout);
        }

        if (browser.Ontbreekt is { } reden)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reden + " Op CI (CI=true) is dat een fout: de browsertests moeten daar draaien.");
            }

            Assert.Skip(reden);
        }

        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BasisUrl.ToString(),
            IgnoreHTTPSErrors = true,              // the throw-away certificate of KestrelApp
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(10_000);
        return new BrowserSessie(context, await context.NewPageAsync());
    }

    /// <summary>Fills in the sign-in form and submits it with the button, as a user would.</summary>
    public async Task InloggenAsync(string email, string wachtwoord)
    {
        await Pagina.GotoAsync("/Account/Inloggen");
        await Pagina.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await Pagina.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(wachtwoord);
        await Pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>A full-page screenshot to <see cref="Schermafdrukken"/>/<paramref name="naam"/>.png.</summary>
    public async Task SchermafdrukAsync(string naam)
    {
        Directory.CreateDirectory(Schermafdrukken);
        await Pagina.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Schermafdrukken, naam + ".png"), FullPage = true });
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
