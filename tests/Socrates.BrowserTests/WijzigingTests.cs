using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// A wijziging in the browser: the consulent registers that a brother moved in, adds him to the household and sees
/// per month what was paid too much (€ 1.331,42 − € 951,02 = € 380,40 a whole month, 2026 figures).
/// </summary>
public sealed class WijzigingTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Wijziging_HousemateMovesIn_HerberekeningShowsWhatWasPaidTooMuch()
    {
        var (bronId, _) = await app.ToegekendAsync(Leden.Rotterdam);
        var vandaag = Testtijd.Vandaag;
        var maandBegin = new DateOnly(vandaag.Year, vandaag.Month, 1);
        await using var consulent = await BrowserSessie.OpenAsync(browser, app);
        var pagina = consulent.Pagina;
        await consulent.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);

        await pagina.GotoAsync($"/Aanvragen/Dossier/{bronId}");
        await pagina.LinkAsync("Wijziging registreren");
        await pagina.KnopAsync("Wijziging registreren");
        await Expect(pagina.Locator("#Input_Soort-fout")).ToHaveTextAsync("Kies wat er is gewijzigd.");
        await Axe.GeenErnstigeAsync(consulent);
        await pagina.VulAsync("Ingangsdatum van de wijziging", maandBegin);
        await pagina.KiesAsync("Wat is er gewijzigd?", "Medebewoner ingetrokken");
        await pagina.VulAsync("Omschrijving", "Broer woont sinds het begin van de maand bij de klant.");
        await pagina.KnopAsync("Wijziging registreren");
        await pagina.MeldingAsync("De wijziging is geregistreerd. Pas het huishouden aan en bekijk de herberekening; stel daarna een besluit voor.");
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Wijziging voor");

        await pagina.LinkAsync("Medebewoners wijzigen");
        await pagina.VulAsync("Naam", "Kees de Vries");
        await pagina.VulAsync("Geboortedatum", new DateOnly(1990, 1, 1));
        await pagina.VinkAanAsync("Bloed- of aanverwant");
        await pagina.KnopAsync("Medebewoner toevoegen");
        await pagina.LinkAsync("Terug naar het dossier");
        await pagina.LinkAsync("Herberekening");

        var tabel = pagina.Locator("table.herberekening");
        await Expect(tabel).ToContainTextAsync("€ 951,02");
        await Expect(tabel).ToContainTextAsync("− € 380,40 teveel");
        await consulent.SchermafdrukAsync("wijziging-herberekening");
        await Axe.GeenErnstigeAsync(consulent);
    }
}
