using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;
using static Socrates.IntegrationTests.Slices.Terugvorderingen.Vorderingshulp;

namespace Socrates.BrowserTests;

/// <summary>
/// Issue #15, a bezwaar from start to letter: a terugvordering decided today (by the test consulent and test team lead);
/// the demo consulent registers the bezwaar from the terugvordering's page; the demo bezwaarbehandelaar, who had no part in
/// the besluit (Awb 7:5), sees the beslistermijn (Awb 7:10), takes it on, records afzien van horen (Awb 7:3 onder b) and
/// proposes "ongegrond"; the demo team lead, not involved either, approves it; the letter says so and carries the beroep clause (Awb 8:1, 6:7). Axe on the form, the bezwaar's
/// page and the letter; screenshots in /tmp/socrates-browser/bezwaar-*.png.
/// </summary>
public sealed class BezwaarTests(KestrelApp app, BrowserFixture browser)
{
    private static readonly Lid Lid = Leden.DenHaag;

    [Fact]
    public async Task Registreren_AfzienVanHoren_OngegrondGoedgekeurd_BriefMetBeroepsclausule()
    {
        var (toekenning, persoon, _) = await app.ToekenningAsync(Lid);
        var vordering = await app.VastgesteldAsync(Lid, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (DezeMaand, 432m)));
        var uiterste = Bezwaartermijnen.UitersteBeslisdatum(Vandaag, adviescommissie: false, verdaagd: false);
        var behandelaar = DemoGebruikers.Van(Lid, Rol.Bezwaarbehandelaar).First();

        await using (var consulent = await BrowserSessie.OpenAsync(browser, app))
        {
            var c = consulent.Pagina;
            await consulent.InloggenAsync(DemoGebruikers.Email(Lid, Rol.Consulent), KestrelApp.Wachtwoord);
            await c.GotoAsync($"/Terugvorderingen/Details/{vordering}");
            await c.LinkAsync("Bezwaar registreren");
            await Expect(c.Veld("Bestreden besluit")).ToHaveValueAsync($"T{vordering}");
            await c.VulAsync("Datum van ontvangst", Vandaag);
            await c.KiesAsync("Ingediend door", "De belanghebbende zelf");
            await c.VulAsync("Gronden van het bezwaar", "Ik heb het loon wel gemeld, per e-mail.");
            await Axe.GeenErnstigeAsync(consulent);
            await consulent.SchermafdrukAsync("bezwaar-01-registreren");
            await c.KnopAsync("Bezwaar registreren");
            await c.MeldingAsync("Het bezwaar is geregistreerd.");
        }

        var bezwaar = await app.InDatabaseAsync(db => db.Bezwaren.IgnoreQueryFilters().Where(b => b.PersoonId == persoon).Select(b => b.Id).SingleAsync());
        var bezwaarUrl = $"/Bezwaren/Details/{bezwaar}";
        await using (var sessie = await BrowserSessie.OpenAsync(browser, app))
        {
            var p = sessie.Pagina;
            await sessie.InloggenAsync(behandelaar.Email, KestrelApp.Wachtwoord);
            await p.GotoAsync(bezwaarUrl);
            await Expect(p.Locator("main .termijn")).ToHaveTextAsync(
                $"beslissen uiterlijk {Formulier.Datum(uiterste)}, nog {uiterste.DayNumber - Vandaag.DayNumber} dagen");
            await Axe.GeenErnstigeAsync(sessie);
            await sessie.SchermafdrukAsync("bezwaar-02-geregistreerd");

            await p.LinkAsync("Behandelaar toewijzen");
            await p.KiesAsync("Bezwaarbehandelaar", behandelaar.Naam);
            await p.KnopAsync("Toewijzen");
            await p.MeldingAsync("De bezwaarbehandelaar is toegewezen.");
            await p.LinkAsync("Afzien van horen");
            await p.KiesAsync("Grond", "Het bezwaar is kennelijk ongegrond (Awb 7:3 onder b)");
            await p.VulAsync("Toelichting", "De e-mail ging over een ander onderwerp; het loon staat er niet in.");
            await p.KnopAsync("Vastleggen");
            await p.LinkAsync("Beslissing voorstellen");
            await p.KiesAsync("Het bezwaar is", "Ongegrond");
            await p.VulAsync("Motivering (Awb 7:12)", "Het loon van de maand is niet gemeld; de terugvordering blijft staan.");
            await p.KnopAsync("Beslissing voorstellen");
            var beslissing = p.GetByRole(AriaRole.Region, new() { Name = "3. Beslissing op bezwaar (Awb 7:11)" });
            await Expect(beslissing).ToContainTextAsync("wacht op een teamleider");
            await Expect(p.GetByRole(AriaRole.Region, new() { Name = "2. Behandeling" })).ToContainTextAsync(behandelaar.Naam);
            await Axe.GeenErnstigeAsync(sessie);
            await sessie.SchermafdrukAsync("bezwaar-03-voorgesteld");
        }

        await using var leider = await BrowserSessie.OpenAsync(browser, app);
        var q = leider.Pagina;
        await leider.InloggenAsync(DemoGebruikers.Email(Lid, Rol.Teamleider), KestrelApp.Wachtwoord);
        await q.GotoAsync(bezwaarUrl);
        await q.LinkAsync("Beslissing beoordelen");
        await q.GetByLabel("Goedkeuren").CheckAsync();
        await q.KnopAsync("Oordeel vastleggen");
        await Expect(q.GetByRole(AriaRole.Region, new() { Name = "3. Beslissing op bezwaar (Awb 7:11)" })).ToContainTextAsync("genomen door");
        await q.GetByRole(AriaRole.Link, new() { NameRegex = new("^Beslissing op bezwaar \\(brief\\)") }).ClickAsync();
        var brief = q.GetByRole(AriaRole.Article, new() { Name = "Beslissing op bezwaar" });
        await Expect(brief).ToContainTextAsync("Wij verklaren uw bezwaar ongegrond.");
        await Expect(brief).ToContainTextAsync("binnen zes weken");
        await Expect(brief).ToContainTextAsync("beroep instellen bij de rechtbank");
        await Axe.GeenErnstigeAsync(leider);
        await leider.SchermafdrukAsync("bezwaar-04-brief");
    }
}
