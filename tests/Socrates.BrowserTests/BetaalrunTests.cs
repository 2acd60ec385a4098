using System.Globalization;
using Microsoft.Playwright;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// The team lead's betaalruns: starting a proefrun and following its progress bar; and, for a proefrun another team lead
/// started, seeing its payment lines, confirming on the confirmation step (refused without the tick) and making it
/// definitive (issue #18.5). Both on the month the shared app's members came over to Socrates, each in its own gemeente.
/// </summary>
public sealed class BetaalrunTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Proefrun_Started_ProgressReaches100_LinesVisible_AxeClean()
    {
        var (_, _, aanvraag) = await app.ActieveToekenningAsync(Leden.Rotterdam, dagenGeleden: 45);
        var maand = Betaalruns.Tekst(await app.OpenMaandAsync(Leden.Rotterdam));

        await using var teamleider = await BrowserSessie.OpenAsync(browser, app);
        var pagina = teamleider.Pagina;
        await teamleider.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Teamleider), KestrelApp.Wachtwoord);
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
        await Expect(pagina.Locator("#betaalregels tbody tr").First).ToBeVisibleAsync();
        await Expect(pagina.GetByRole(AriaRole.Link, new() { Name = "Definitief maken…" })).ToBeVisibleAsync();
        await teamleider.SchermafdrukAsync("betaalrun-01-proefrun");
        await Axe.GeenErnstigeAsync(teamleider);

        await pagina.GotoAsync($"/Aanvragen/Dossier/{aanvraag}");
        await pagina.LinkAsync("Betalingen");
        await Expect(pagina.GetByRole(AriaRole.Table)).ToContainTextAsync("Proefrun");
        await teamleider.SchermafdrukAsync("betaalrun-02-specificatie");
        await Axe.GeenErnstigeAsync(teamleider);
    }

    [Fact]
    public async Task AnotherTeamleadersProefrun_IsCheckedLineByLine_ConfirmedAndMadeDefinitive_AxeClean()
    {
        var lid = Leden.Utrecht;
        await app.ActieveToekenningAsync(lid, dagenGeleden: 50);
        var maand = await app.OpenMaandAsync(lid);
        var tekst = Betaalruns.Tekst(maand);
        await using (var ander = app.AlsGebruiker(Rol.Teamleider, lid, "andere-teamleider"))
        {
            var id = await ander.Send(new BetaalrunStarten { Maand = tekst });
            await ander.Get<BetaalrunUitvoerder>().WerkAsync(id, "w", TimeSpan.FromMinutes(2), null, TestContext.Current.CancellationToken);
        }

        await using var teamleider = await BrowserSessie.OpenAsync(browser, app);
        var pagina = teamleider.Pagina;
        await teamleider.InloggenAsync(DemoGebruikers.Email(lid, Rol.Teamleider), KestrelApp.Wachtwoord);
        await pagina.LinkAsync("Betaalruns");
        await pagina.LinkAsync(maand.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")));
        var regels = pagina.Locator("#betaalregels tbody tr");
        await Expect(regels.First).ToBeVisibleAsync();
        Assert.True(await regels.CountAsync() >= 1);
        await Axe.GeenErnstigeAsync(teamleider);

        await pagina.LinkAsync("Definitief maken…");
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("definitief maken");
        await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Totalen" })).ToContainTextAsync("Betaalregels");
        await Axe.GeenErnstigeAsync(teamleider);
        await pagina.KnopAsync("Definitief maken");
        await Expect(pagina.Locator("#Input_Bevestigd-fout")).ToContainTextAsync("Vink aan dat u de totalen en de betaalregels hebt gecontroleerd");
        await Axe.GeenErnstigeAsync(teamleider);
        await pagina.VinkAanAsync("Ik heb de totalen en de betaalregels gecontroleerd");
        await pagina.KnopAsync("Definitief maken");

        await pagina.MeldingAsync("De betaalrun is definitief. U kunt nu het SEPA-bestand downloaden.");
        await Expect(pagina.Locator("#betaalrun-status")).ToHaveTextAsync("Definitief");
        await Expect(pagina.GetByRole(AriaRole.Link, new() { Name = "SEPA-bestand downloaden" })).ToBeVisibleAsync();
        await teamleider.SchermafdrukAsync("betaalrun-03-definitief");
        await Axe.GeenErnstigeAsync(teamleider);
    }
}
