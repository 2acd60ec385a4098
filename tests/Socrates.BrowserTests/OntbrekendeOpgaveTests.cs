using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Issue #13, a missing opgave as a consulent handles it: the opgaveplicht recorded from the bijstand's first month (a
/// toekenning of a hundred days ago, so at least two months are past their term); on the werkvoorraad Ontbrekende opgaven
/// the household's months; Opschorten on the first opens the opschorting with its letter (art. 54 lid 1 and 2) and the
/// household's Inkomstenopgaven page shows it. Axe on each page; screenshots in /tmp/socrates-browser/ontbrekend-*.png.
/// </summary>
public sealed class OntbrekendeOpgaveTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Opgaveplicht_Werkvoorraad_Opschorten_LetterAndStatus()
    {
        var lid = Leden.DenHaag;
        var (toekenningId, _, _) = await app.ActieveToekenningAsync(lid, dagenGeleden: 100);
        var eerste = Maand.Van(Testtijd.Vandaag.AddDays(-100));
        await using var consulent = await BrowserSessie.OpenAsync(browser, app);
        var p = consulent.Pagina;
        await consulent.InloggenAsync(DemoGebruikers.Email(lid, Rol.Consulent), KestrelApp.Wachtwoord);

        await p.GotoAsync($"/Inkomstenopgaven/{toekenningId}");
        await p.LinkAsync("Opgaveplicht vastleggen");
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Opgaveplicht");
        await p.VulAsync("Eerste maand", eerste.ToString());
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("ontbrekend-01-opgaveplicht");
        await p.KnopAsync("Opgaveplicht vastleggen");
        await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync($"De opgaveplicht geldt vanaf {eerste.Voluit}");

        await p.GotoAsync("/Inkomstenopgaven/Ontbrekend");
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ontbrekende inkomstenopgaven");
        var knop = p.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^Opschorten voor .*, vanaf {eerste.Voluit}$") });
        await Expect(knop).ToHaveCountAsync(1);
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("ontbrekend-02-werkvoorraad");

        await knop.ClickAsync();
        await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync($"De bijstand is opgeschort vanaf 1 {eerste.Voluit}.");
        await Expect(p.Locator("#stand")).ToContainTextAsync("hersteltermijn tot en met");
        var brief = p.GetByRole(AriaRole.Article, new() { Name = "Brief opschorting" });
        await Expect(brief).ToContainTextAsync("artikel 54");
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("ontbrekend-03-opschorting");

        await p.GotoAsync($"/Inkomstenopgaven/{toekenningId}");
        await Expect(p.GetByRole(AriaRole.Main)).ToContainTextAsync($"De bijstand is opgeschort vanaf {eerste.Eerste.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        await Axe.GeenErnstigeAsync(consulent);
    }
}
