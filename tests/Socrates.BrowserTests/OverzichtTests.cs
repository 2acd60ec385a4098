using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Issue #14, the team lead's morning: a consulent records an ingebrekestelling on an aanvraag received 100 days ago (43 days
/// ago, so the dwangsom is on its 30th day: € 902,00); the team lead's Overzicht shows it with the radar per behandelaar,
/// whose bars lead to the filtered werkvoorraad. Axe on each page; screenshots in /tmp/socrates-browser/overzicht-*.png.
/// </summary>
public sealed class OverzichtTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Ingebrekestelling_ThenTheTeamLeadsOverzicht_WithDwangsomAndRadar()
    {
        var lid = Leden.Amsterdam;
        var id = await app.IngediendAsync(lid, dagenGeleden: 100);
        await using (var consulent = await BrowserSessie.OpenAsync(browser, app))
        {
            var p = consulent.Pagina;
            await consulent.InloggenAsync(DemoGebruikers.Email(lid, Rol.Consulent), KestrelApp.Wachtwoord);
            await p.GotoAsync($"/Aanvragen/Dossier/{id}");
            await p.LinkAsync("Ingebrekestelling registreren");
            await p.VulAsync("Ontvangen op", Testtijd.Vandaag.AddDays(-43));
            await Axe.GeenErnstigeAsync(consulent);
            await p.KnopAsync("Registreren");
            await Expect(p.Locator("#dwangsom")).ToContainTextAsync("30 dagen, nu €\u00A0902,00");
            await consulent.SchermafdrukAsync("overzicht-01-dossier");
        }

        await using var leider = await BrowserSessie.OpenAsync(browser, app);
        var q = leider.Pagina;
        await leider.InloggenAsync(DemoGebruikers.Email(lid, Rol.Teamleider), KestrelApp.Wachtwoord);
        await q.GotoAsync("/Overzicht");
        await Expect(q.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Overzicht");
        await Expect(q.GetByRole(AriaRole.Group, new() { Name = "Beslistermijnen per behandelaar" })).ToBeVisibleAsync();
        var rij = q.GetByRole(AriaRole.Row).Filter(new() { HasText = "€\u00A0902,00" });
        await Expect(rij).ToContainTextAsync("loopt");
        await Axe.GeenErnstigeAsync(leider);
        await leider.SchermafdrukAsync("overzicht-02-teamleider");

        await q.Locator("#tabel-radar a.text-danger").First.ClickAsync();
        await Expect(q.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Werkvoorraad");
        Assert.Contains("Termijn=Verlopen", q.Url, StringComparison.Ordinal);
    }
}
