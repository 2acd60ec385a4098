using Microsoft.Playwright;

namespace Socrates.BrowserTests;

/// <summary>
/// One headless Chromium for the assembly; each test opens its own <see cref="BrowserSessie"/> (own cookies).
/// Never throws when Chromium is missing or will not start: it records why, and each test decides to skip or fail
/// (xunit reports a skip inside a fixture as a failure).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright downloads no browser of its own.</summary>
    public const string ChromiumPad = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    /// <summary>The running browser, or null; then <see cref="Ontbreekt"/> or <see cref="Startfout"/> says why.</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>Why there is no browser because Chromium is not installed, or null.</summary>
    public string? Ontbreekt { get; private set; }

    /// <summary>Why an installed Chromium did not start, or null. Always a failure, never a skip.</summary>
    public string? Startfout { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPad))
        {
            Ontbreekt = $"Chromium ontbreekt ({ChromiumPad} bestaat niet); installeer het pakket 'chromium'.";
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPad,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic",
                ],
            });
        }
        catch (PlaywrightException fout)
        {
            Startfout = $"Chromium ({ChromiumPad}) startte niet: {fout.Message}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
