using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Demo;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>An app of its own for <see cref="IndexeringTests"/>: an approved normenset moves the figures every calculation reads.</summary>
public sealed class IndexeringApp : KestrelApp
{
}

/// <summary>
/// Issue #12.2 as the users see it: a household in Den Haag was paid the two months before this one; a set of figures from
/// the first of those months is proposed, and the second demo Normbeheerder approves it in the browser. The app's background
/// worker recalculates the paid months; the team lead finds the report under Betaalruns → Indexeringen, opens the household's
/// bericht, starts this month's proefrun and sees the "nabetaling normwijziging" lines on the household's payments. Axe runs
/// on every page; screenshots in /tmp/socrates-browser/indexering-*.png.
/// </summary>
public sealed class IndexeringTests(IndexeringApp app, BrowserFixture browser) : IClassFixture<IndexeringApp>
{
    [Fact]
    public async Task ApprovedLate_TheReportAndTheBericht_ThenTheProefrunPaysTheNabetaling()
    {
        var lid = Leden.DenHaag;
        var vandaag = app.Klok.Vandaag();
        var eerste = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-2);
        var (_, _, aanvraag) = await app.ActieveToekenningAsync(lid, dagenGeleden: vandaag.DayNumber - eerste.DayNumber);
        await app.DefinitieveRunAsync(lid);
        await app.DefinitieveRunAsync(lid);
        int set;
        await using (var indiener = app.AlsNormbeheerder("indexering-indiener"))
        {
            var huidig = await indiener.Send(new HuidigeNormen());
            set = await indiener.Send(DemoNormen.Juli2026(huidig) with
            {
                Ingangsdatum = eerste, BronDocument = "Proefbrief (kunstmatig: de bedragen van 1 juli 2026)", BronPublicatiedatum = eerste, BronVindplaats = "proef",
                AfwijkingenBevestigd = true,
            });
        }

        await using (var normbeheerder = await BrowserSessie.OpenAsync(browser, app))
        {
            var p = normbeheerder.Pagina;
            await normbeheerder.InloggenAsync(DemoGebruikers.Normbeheerders[1].Email, KestrelApp.Wachtwoord);
            await p.GotoAsync($"/Normen/Beoordelen/{set}");
            await p.KnopAsync("Goedkeuren");
            await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync("worden herberekend (indexering)");
        }

        await using var teamleider = await BrowserSessie.OpenAsync(browser, app);
        var pagina = teamleider.Pagina;
        await teamleider.InloggenAsync(DemoGebruikers.Email(lid, Rol.Teamleider), KestrelApp.Wachtwoord);
        await pagina.LinkAsync("Betaalruns");
        await pagina.LinkAsync("Indexeringen");
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Indexeringen", Level = 1 })).ToBeVisibleAsync();
        var rij = pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = Formulier.Datum(eerste) });
        await Expect(rij).ToContainTextAsync("Klaar", new() { Timeout = 30_000 });
        await Axe.GeenErnstigeAsync(teamleider);
        await rij.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(pagina.Locator(".kerncijfers")).ToContainTextAsync("€\u00A034,14");             // 2 × (1.348,49 − 1.331,42)
        await Axe.GeenErnstigeAsync(teamleider);
        await teamleider.SchermafdrukAsync("indexering-01-rapport");

        await pagina.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^bericht") }).First.ClickAsync();
        await Expect(pagina.Locator("article.bericht")).ToContainTextAsync("U krijgt €\u00A034,14 nabetaald");
        await Axe.GeenErnstigeAsync(teamleider);
        await teamleider.SchermafdrukAsync("indexering-02-bericht");

        await pagina.GotoAsync("/Betaalruns");
        await pagina.VulAsync("Maand", Betaalruns.Tekst(await app.OpenMaandAsync(lid)));
        await pagina.KnopAsync("Proefrun starten");
        await Expect(pagina.Locator("#betaalrun-status")).ToHaveTextAsync("Proefrun klaar", new() { Timeout = 30_000 });
        await pagina.GotoAsync($"/Aanvragen/Betalingen/{aanvraag}");
        await Expect(pagina.GetByRole(AriaRole.Table).Filter(new() { HasText = "Proefrun" })).ToContainTextAsync("Nabetaling normwijziging per");
        await Axe.GeenErnstigeAsync(teamleider);
        await teamleider.SchermafdrukAsync("indexering-03-proefrun");
    }
}
