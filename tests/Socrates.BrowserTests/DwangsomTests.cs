using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// The dwangsom after it stopped (Awb 4:18): an aanvraag received 120 days ago with an ingebrekestelling received 63 days ago
/// reached day 42 (€ 1.442,00). The consulent proposes the vaststelling from the dossier; a team lead approves it; the dossier
/// shows it set and to be paid, and its beschikking (the letter) explains the amount. A second aanvraag gets lid 6. Axe on each form; screenshots in /tmp/socrates-browser/dwangsom-*.png.
/// </summary>
public sealed class DwangsomTests(KestrelApp app, BrowserFixture browser)
{
    private static readonly Lid Lid = Leden.Amsterdam;

    [Fact]
    public async Task ConsulentProposes_TeamLeadApproves_TheDossierShowsItSetAndToBePaid()
    {
        var id = await app.MetIngebrekestellingAsync(Lid);
        await using (var consulent = await BrowserSessie.OpenAsync(browser, app))
        {
            var p = consulent.Pagina;
            await consulent.InloggenAsync(DemoGebruikers.Email(Lid, Rol.Consulent), KestrelApp.Wachtwoord);
            await p.GotoAsync($"/Aanvragen/Dossier/{id}");
            await Expect(p.Locator("#dwangsom-stand")).ToContainTextAsync("vast te stellen (Awb 4:18)");
            await p.LinkAsync("Dwangsom vaststellen");
            await Expect(p.Locator("#dwangsom-bedrag")).ToHaveTextAsync("€\u00A01.442,00");
            await Axe.GeenErnstigeAsync(consulent);
            await consulent.SchermafdrukAsync("dwangsom-01-vaststellen");
            await p.KnopAsync("Vaststelling voorstellen");
            await Expect(p.Locator("#dwangsom-stand")).ToContainTextAsync("vaststelling wacht op teamleider");
        }

        await using var leider = await BrowserSessie.OpenAsync(browser, app);
        var q = leider.Pagina;
        await leider.InloggenAsync(DemoGebruikers.Email(Lid, Rol.Teamleider), KestrelApp.Wachtwoord);
        await q.GotoAsync($"/Aanvragen/Dossier/{id}");
        await q.LinkAsync("Vaststelling dwangsom beoordelen");
        await Axe.GeenErnstigeAsync(leider);
        await q.GetByLabel("Goedkeuren en vaststellen").CheckAsync();
        await q.KnopAsync("Oordeel vastleggen");
        await Expect(q.Locator("#dwangsom-stand")).ToContainTextAsync("vastgesteld, te betalen");
        await Expect(q.Locator("#dwangsom-stand")).ToContainTextAsync("€\u00A01.442,00");
        await leider.SchermafdrukAsync("dwangsom-02-vastgesteld");
        await q.LinkAsync("Beschikking dwangsom");
        await Expect(q.Locator("#brief-uitkomst")).ToContainTextAsync("Wij stellen de dwangsom vast op €\u00A01.442,00, voor 42 dagen");
        await Axe.GeenErnstigeAsync(leider);
        await leider.SchermafdrukAsync("dwangsom-03-beschikking");
    }

    [Fact]
    public async Task Lid6_TheDossierShowsNoDwangsom()
    {
        var id = await app.MetIngebrekestellingAsync(Lid);
        await using var consulent = await BrowserSessie.OpenAsync(browser, app);
        var p = consulent.Pagina;
        await consulent.InloggenAsync(DemoGebruikers.Email(Lid, Rol.Consulent), KestrelApp.Wachtwoord);
        await p.GotoAsync($"/Aanvragen/Dossier/{id}");
        await p.LinkAsync("Geen dwangsom verschuldigd (lid 6)");
        await p.KiesAsync("Grond", "De aanvraag is kennelijk ongegrond (Awb 4:17 lid 6 onder c)");
        await p.VulAsync("Toelichting", "De aanvrager had al een uitkering van het UWV.");
        await Axe.GeenErnstigeAsync(consulent);
        await p.KnopAsync("Vastleggen");
        await Expect(p.Locator("#dwangsom")).ToContainTextAsync("geen dwangsom verschuldigd");
        await Expect(p.Locator("#dwangsom-stand")).ToContainTextAsync("geen dwangsom (lid 6)");
        await consulent.SchermafdrukAsync("dwangsom-04-lid6");
    }
}
