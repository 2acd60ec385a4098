using System.Globalization;
using Microsoft.Playwright;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// From a herberekening to an approved claim with an aflossingsregeling: the consulent follows the herberekening's link to
/// the new-claim form, finds the teveel betaald months prefilled, a team lead approves, the consulent agrees an
/// instalment other than the formula's with a reason; the ledger and the beschikking show it.
/// </summary>
public sealed class TerugvorderingTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Terugvordering_FromHerberekening_ApprovedByTeamleader_WithAflossingsregeling()
    {
        var vandaag = Testtijd.Vandaag;
        var vorigeMaand = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-1);
        var wijziging = await InkomenGewijzigdAsync(vorigeMaand);
        string detailsUrl;

        await using (var consulent = await BrowserSessie.OpenAsync(browser, app))
        {
            var pagina = consulent.Pagina;
            await consulent.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Consulent), KestrelApp.Wachtwoord);
            await pagina.GotoAsync($"/Aanvragen/Herberekening/{wijziging}");
            await Expect(pagina.Locator("table.herberekening")).ToContainTextAsync("− € 380,00 teveel");
            await pagina.LinkAsync("Terugvordering starten met deze maanden");
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Terugvordering voorstellen" })).ToBeVisibleAsync();
            await Expect(pagina.Veld("Maand, regel 1")).ToHaveValueAsync(vorigeMaand.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            await Expect(pagina.Veld("Bedrag, regel 1")).ToHaveValueAsync("380,00");
            await Expect(pagina.Veld("Bedrag, regel 2")).ToHaveValueAsync("380,00");
            await pagina.KiesAsync("Grond", "Anderszins ten onrechte of te hoog verleend (art. 58 lid 2 onder a Participatiewet)");
            await pagina.VulAsync("Motivering", "De inkomsten uit de nieuwe baan zijn pas na twee maanden verwerkt.");
            await consulent.SchermafdrukAsync("terugvordering-01-nieuw");
            await Axe.GeenErnstigeAsync(consulent);
            await pagina.KnopAsync("Terugvordering voorstellen");
            await pagina.MeldingAsync("De terugvordering is vastgelegd.");
            await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Terugvordering" })).ToContainTextAsync("Voorgesteld");
            await Expect(pagina.GetByRole(AriaRole.Link, new() { Name = "Voorstel beoordelen" })).ToHaveCountAsync(0);
            detailsUrl = new Uri(pagina.Url).PathAndQuery;
        }

        await using (var teamleider = await BrowserSessie.OpenAsync(browser, app))
        {
            var tl = teamleider.Pagina;
            await teamleider.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Teamleider), KestrelApp.Wachtwoord);
            await tl.GotoAsync(detailsUrl);
            await tl.LinkAsync("Voorstel beoordelen");
            await Expect(tl.GetByRole(AriaRole.Region, new() { Name = "Het voorstel" })).ToContainTextAsync("€\u00A0760,00");
            await teamleider.SchermafdrukAsync("terugvordering-02-beoordelen");
            await Axe.GeenErnstigeAsync(teamleider);
            await tl.GetByLabel("Goedkeuren").CheckAsync();
            await tl.KnopAsync("Oordeel vastleggen");
            await tl.MeldingAsync("Uw oordeel over de terugvordering is vastgelegd.");
            await tl.GotoAsync("/Terugvorderingen");
            await Expect(tl.GetByRole(AriaRole.Link, new() { Name = "Overzicht voor de teamleider" })).ToBeVisibleAsync();
            await teamleider.SchermafdrukAsync("terugvordering-05-lijst");
            await tl.LinkAsync("Overzicht voor de teamleider");
            await Expect(tl.GetByRole(AriaRole.Table)).ToContainTextAsync("Art. 58 lid 2 a");
            await teamleider.SchermafdrukAsync("terugvordering-06-overzicht");
            await Axe.GeenErnstigeAsync(teamleider);
        }

        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var p = sessie.Pagina;
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Consulent), KestrelApp.Wachtwoord);
        await p.GotoAsync(detailsUrl);
        await p.LinkAsync("Aflossingsregeling");
        await Expect(p.Veld("Maandbedrag in euro")).ToHaveValueAsync("70,08");            // 5 % of the norm € 1.401,50
        await p.VulAsync("Maandbedrag in euro", "50,00");
        await p.KnopAsync("Regeling vastleggen");
        await Expect(p.Locator("#Input_Reden-fout")).ToContainTextAsync("wijkt af van het voorstel");
        await Axe.GeenErnstigeAsync(sessie);
        await p.VulAsync("Reden", "Hoge vaste lasten door schulden bij de woningcorporatie.");
        await p.KnopAsync("Regeling vastleggen");
        await p.MeldingAsync("De aflossingsregeling is vastgelegd.");

        var kop = p.GetByRole(AriaRole.Region, new() { Name = "Terugvordering" });
        await Expect(kop).ToContainTextAsync("In invordering");
        await Expect(kop).ToContainTextAsync("€\u00A0760,00");
        await Expect(p.GetByRole(AriaRole.Region, new() { Name = "Grootboek" })).ToContainTextAsync("Opgelegd");
        await Expect(p.GetByRole(AriaRole.Region, new() { Name = "Besluit" })).ToContainTextAsync("€\u00A050,00 per maand");
        await sessie.SchermafdrukAsync("terugvordering-03-details");
        await Axe.GeenErnstigeAsync(sessie);
        await p.LinkAsync("Beschikking");
        var brief = p.GetByRole(AriaRole.Article, new() { Name = "Beschikking" });
        await Expect(brief).ToContainTextAsync("art. 58 lid 2 onder a Participatiewet");
        await Expect(brief).ToContainTextAsync("in totaal €\u00A0760,00");
        await Expect(brief).ToContainTextAsync("bezwaar maken");
        await sessie.SchermafdrukAsync("terugvordering-04-beschikking");
        await Axe.GeenErnstigeAsync(sessie);
    }

    /// <summary>
    /// A decided wijziging: € 400 other income from <paramref name="vanaf"/> makes a single person's € 1.331,42 te betalen
    /// € 951,42 (art. 21 onder a norm € 1.401,50 minus € 400, minus 5 % vakantietoeslag € 50,08): € 380,00 a month too much.
    /// </summary>
    private async Task<int> InkomenGewijzigdAsync(DateOnly vanaf)
    {
        var (_, oud) = await app.ToegekendAsync(Leden.Amsterdam, dagenGeleden: 120);
        int wijziging;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Amsterdam))
        {
            wijziging = await consulent.Send(new WijzigingRegistreren
            {
                ToekenningId = oud.Id, Versie = oud.Versie, Wijzigingsdatum = vanaf, Soort = Wijzigingsoort.Inkomen, Omschrijving = "Alimentatie gemeld.",
            });
            await consulent.Send(new InkomenToevoegen
            {
                AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Overig,
                NettoPerMaand = 400m, Vanaf = vanaf,
            });
            await consulent.Send(new BesluitVoorstellen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Soort = Besluitsoort.Toegekend, Ingangsdatum = vanaf });
        }

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Leden.Amsterdam);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Goedgekeurd = true });
        return wijziging;
    }

    [Fact]
    public async Task Axe_EveryPageOfADecidedFraudClaim_NoSeriousViolations()
    {
        var (toekenning, _, _) = await app.ActieveToekenningAsync(Leden.Utrecht);
        var vandaag = Testtijd.Vandaag;
        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = await consulent.Send(new TerugvorderingVoorstellen
            {
                ToekenningId = toekenning, Grond = Terugvorderingsgrond.Lid1Inlichtingenplicht, Motivering = "Loon niet gemeld.",
                Maanden = [new MaandRegel { Maand = vandaag.ToString("yyyy-MM", CultureInfo.InvariantCulture), Bedrag = 800m }],
            });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Leden.Utrecht))
        {
            await teamleider.Send(new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = 0, Goedgekeurd = true });
        }

        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Utrecht, Rol.Teamleider), KestrelApp.Wachtwoord);
        foreach (var pagina in new[] { "Details", "Aflossing", "Verrekening", "Betalingen", "Correctie", "Afzien", "Aanmaning", "Boete", "Oninbaar", "Beschikking" })
        {
            await sessie.Pagina.GotoAsync($"/Terugvorderingen/{pagina}/{id}");
            await Expect(sessie.Pagina.Locator("main h1, main article")).Not.ToHaveCountAsync(0);
            await Axe.GeenErnstigeAsync(sessie);
        }

        await sessie.Pagina.GotoAsync($"/Terugvorderingen/Verrekening/{id}");
        await sessie.SchermafdrukAsync("terugvordering-07-verrekening");
    }
}
