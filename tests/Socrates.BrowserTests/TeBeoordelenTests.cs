using Microsoft.Playwright;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Issue #14, bulk approval as a team lead does it: two toekenningen proposed by a consulent, chosen on Te beoordelen, one
/// confirmation screen listing them, approved; the outcome names each. Axe on each page; screenshots in
/// /tmp/socrates-browser/tebeoordelen-*.png.
/// </summary>
public sealed class TeBeoordelenTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task TwoProposals_ChosenConfirmedApproved()
    {
        var lid = Leden.Utrecht;
        var ids = new[] { await VoorgesteldAsync(lid), await VoorgesteldAsync(lid) };
        await using var leider = await BrowserSessie.OpenAsync(browser, app);
        var p = leider.Pagina;
        await leider.InloggenAsync(DemoGebruikers.Email(lid, Rol.Teamleider), KestrelApp.Wachtwoord);

        await p.GotoAsync("/TeBeoordelen");
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Te beoordelen");
        foreach (var id in ids)
        {
            await p.Locator($"input[name=Keuze][value^='Besluit-{id}-']").CheckAsync();
        }

        await Axe.GeenErnstigeAsync(leider);
        await leider.SchermafdrukAsync("tebeoordelen-01-lijst");
        await p.KnopAsync("Gekozen voorstellen goedkeuren…");
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "Deze 2 voorstellen goedkeuren?" })).ToBeVisibleAsync();
        await Axe.GeenErnstigeAsync(leider);
        await leider.SchermafdrukAsync("tebeoordelen-02-bevestigen");
        await p.KnopAsync("2 goedkeuren");
        await Expect(p.Locator("#uitkomst")).ToContainTextAsync("2 van de 2 voorstellen zijn goedgekeurd.");
        await Axe.GeenErnstigeAsync(leider);
        await leider.SchermafdrukAsync("tebeoordelen-03-uitkomst");
    }

    private async Task<int> VoorgesteldAsync(Lid lid)
    {
        var id = await app.IngediendAsync(lid, dagenGeleden: 20);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, lid);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = Testtijd.Vandaag.AddDays(-20),
        });
        return id;
    }
}
