using System.Globalization;
using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// The team lead starts a month's proefrun; the page follows the background computation with its progress bar (the
/// script polls the Voortgang handler and reloads when done) and then shows the totals and the signals.
/// </summary>
public sealed class BetaalrunTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Proefrun_Started_ProgressReaches100_SignalsVisible_AxeClean()
    {
        var (_, _, aanvraag) = await app.ActieveToekenningAsync(Leden.Utrecht, dagenGeleden: 45);
        var vandaag = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var maand = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(9).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        await using var teamleider = await BrowserSessie.OpenAsync(browser, app);
        var pagina = teamleider.Pagina;
        await teamleider.InloggenAsync(DemoGebruikers.Email(Leden.Utrecht, Rol.Teamleider), KestrelApp.Wachtwoord);
        await pagina.LinkAsync("Betaalruns");
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Betaalruns", Level = 1 })).ToBeVisibleAsync();
        await Axe.GeenErnstigeAsync(teamleider);
        await pagina.VulAsync("Maand", maand);
        await pagina.KnopAsync("Proefrun starten");
        await pagina.MeldingAsync("De proefrun is gestart; hij wordt op de achtergrond berekend.");

        await Expect(pagina.Locator("#voortgang-tekst")).ToContainTextAsync("(100 %)", new() { Timeout = 30_000 });
        await Expect(pagina.Locator("#betaalrun-status")).ToHaveTextAsync("Proefrun klaar", new() { Timeout = 30_000 });
        await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Signalen" })).ToBeVisibleAsync();
        await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Totalen" })).ToContainTextAsync("Te betalen");
        await Expect(pagina.GetByRole(AriaRole.Button, new() { Name = "Definitief maken" })).ToBeVisibleAsync();
        await teamleider.SchermafdrukAsync("betaalrun-01-proefrun");
        await Axe.GeenErnstigeAsync(teamleider);

        await pagina.GotoAsync($"/Aanvragen/Dossier/{aanvraag}");
        await pagina.LinkAsync("Betalingen");
        await Expect(pagina.GetByRole(AriaRole.Table)).ToContainTextAsync("Proefrun");
        await teamleider.SchermafdrukAsync("betaalrun-02-specificatie");
        await Axe.GeenErnstigeAsync(teamleider);
    }
}
