using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Four-eyes in the browser: a consulent proposes a toekenning, a team lead approves it, and the beschikking shows the
/// amount and the article lines; printed to PDF like a letter.
/// </summary>
public sealed class BesluitTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Toekenning_ConsulentProposes_TeamleaderApproves_BeschikkingShowsAmountAndArticles()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 10);
        var dossier = $"/Aanvragen/Dossier/{id}";

        await using (var consulent = await BrowserSessie.OpenAsync(browser, app))
        {
            var pagina = consulent.Pagina;
            await consulent.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);
            await pagina.GotoAsync(dossier);
            await pagina.KnopAsync("In behandeling nemen");
            await pagina.MeldingAsync("U heeft de aanvraag in behandeling genomen.");
            await pagina.LinkAsync("Besluit voorstellen");
            await Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Besluit voorstellen" })).ToBeVisibleAsync();
            await consulent.SchermafdrukAsync("besluit-01-voorstellen");
            await pagina.GetByLabel("Toekennen").CheckAsync();            // nothing is chosen for the consulent (issue #19)
            await pagina.KnopAsync("Besluit vastleggen");
            await pagina.MeldingAsync("Het besluit is voorgesteld en wacht op beoordeling door een teamleider.");
            await Expect(pagina.GetByRole(AriaRole.Link, new() { Name = "Voorgesteld besluit beoordelen" })).ToHaveCountAsync(0);
        }

        await using var teamleider = await BrowserSessie.OpenAsync(browser, app);
        var tl = teamleider.Pagina;
        await teamleider.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Teamleider), KestrelApp.Wachtwoord);
        await tl.GotoAsync(dossier);
        await tl.LinkAsync("Voorgesteld besluit beoordelen");
        await Expect(tl.GetByRole(AriaRole.Region, new() { Name = "Het voorstel" })).ToContainTextAsync("te betalen € 1.331,42 per maand");
        await Expect(tl.GetByRole(AriaRole.Region, new() { Name = "Het voorstel" })).ToContainTextAsync("Voorgesteld door");
        await teamleider.SchermafdrukAsync("besluit-02-beoordelen");
        await tl.GetByLabel("Goedkeuren").CheckAsync();
        await tl.KnopAsync("Oordeel vastleggen");
        await tl.MeldingAsync("Het besluit is goedgekeurd en daarmee genomen. De beschikking staat klaar.");
        await tl.LinkAsync("Beschikking bekijken en afdrukken");

        var brief = tl.GetByRole(AriaRole.Article, new() { Name = "Beschikking" });
        await Expect(brief).ToContainTextAsync("Gemeente Rotterdam, Werk en Inkomen");
        await Expect(brief).ToContainTextAsync("algemene bijstand toe te kennen met ingang van");
        await Expect(brief).ToContainTextAsync("art. 21 onder a Participatiewet");
        await Expect(brief).ToContainTextAsync("per kalendermaand € 1.331,42");
        await Expect(brief).ToContainTextAsync("binnen zes weken");
        await teamleider.SchermafdrukAsync("besluit-03-beschikking");
        await tl.PdfAsync(new() { Path = Path.Combine(BrowserSessie.Schermafdrukken, "beschikking.pdf"), Format = "A4", PrintBackground = true });
    }

    /// <summary>
    /// Issue #19 in the browser: a bewijsstuk marked received with its date cleared shows the message at its field; a
    /// toekenning while another is missing warns and asks a reason on both pages, and the team lead sees the proposal's
    /// context. Both pages pass axe with the warning and the field message on them.
    /// </summary>
    [Fact]
    public async Task Toekenning_WhileABewijsstukIsMissing_WarnsAndAsksAReason_OnBothPages()
    {
        var id = await app.IngediendAsync(Leden.Utrecht, dagenGeleden: 10);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
            foreach (var stuk in new[] { "Loonstroken", "Huurcontract" })
            {
                await consulent.Send(new BewijsstukVragen { AanvraagId = id, Versie = await app.VersieAsync(id), Omschrijving = stuk, GevraagdOp = app.Klok.Vandaag().AddDays(-5) });
            }
        }

        await using (var sessie = await BrowserSessie.OpenAsync(browser, app))
        {
            var pagina = sessie.Pagina;
            await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Utrecht, Rol.Consulent), KestrelApp.Wachtwoord);
            await pagina.GotoAsync($"/Aanvragen/Bewijsstukken/{id}");
            var loonstroken = pagina.GetByLabel("Ontvangen op (Loonstroken)");
            await Expect(loonstroken).ToHaveValueAsync(app.Klok.Vandaag().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await loonstroken.FillAsync("");
            await pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "Loonstroken" }).GetByRole(AriaRole.Button, new() { Name = "Ontvangen" }).ClickAsync();
            await Expect(pagina.GetByLabel("Ontvangen op (Loonstroken)")).ToHaveAccessibleDescriptionAsync("Vul de datum van ontvangst in.");
            await Axe.GeenErnstigeAsync(sessie);
            await pagina.GetByLabel("Ontvangen op (Loonstroken)").FillAsync(app.Klok.Vandaag().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await pagina.GetByRole(AriaRole.Row).Filter(new() { HasText = "Loonstroken" }).GetByRole(AriaRole.Button, new() { Name = "Ontvangen" }).ClickAsync();
            await pagina.MeldingAsync("Het bewijsstuk is als ontvangen gemarkeerd.");

            await pagina.GotoAsync($"/Aanvragen/Besluit/{id}");
            await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Er ontbreken nog gevraagde bewijsstukken" })).ToContainTextAsync("Huurcontract");
            await pagina.GetByLabel("Toekennen").CheckAsync();
            await pagina.KnopAsync("Besluit vastleggen");
            var reden = pagina.GetByLabel("Waarom u toekent terwijl bewijsstukken ontbreken");
            await Expect(reden).ToHaveAccessibleDescriptionAsync(new Regex("Schrijf waarom u de bijstand toch wilt toekennen\\.$"));
            await Axe.GeenErnstigeAsync(sessie);
            await reden.FillAsync("De huur staat op de bankafschriften.");
            await pagina.KnopAsync("Besluit vastleggen");
            await pagina.MeldingAsync("Het besluit is voorgesteld en wacht op beoordeling door een teamleider.");
        }

        await using var teamleider = await BrowserSessie.OpenAsync(browser, app);
        var tl = teamleider.Pagina;
        await teamleider.InloggenAsync(DemoGebruikers.Email(Leden.Utrecht, Rol.Teamleider), KestrelApp.Wachtwoord);
        await tl.GotoAsync($"/Aanvragen/Beoordelen/{id}");
        var voorstel = tl.GetByRole(AriaRole.Region, new() { Name = "Het voorstel" });
        await Expect(voorstel.Regel("Reden om toe te kennen terwijl bewijsstukken ontbreken")).ToHaveTextAsync("De huur staat op de bankafschriften.");
        await Expect(voorstel.Regel("Kinderen")).ToHaveTextAsync("0");
        await Expect(voorstel.GetByRole(AriaRole.Table)).ToContainTextAsync("art. 21");
        await Expect(tl.GetByRole(AriaRole.Region, new() { Name = "Er ontbreken nog gevraagde bewijsstukken" })).ToContainTextAsync("Huurcontract");
        await tl.GetByLabel("Goedkeuren").CheckAsync();
        await tl.KnopAsync("Oordeel vastleggen");
        await Expect(tl.GetByLabel("Waarom u goedkeurt terwijl bewijsstukken ontbreken"))
            .ToHaveAccessibleDescriptionAsync(new Regex("Schrijf waarom u de toekenning toch goedkeurt\\.$"));
        await Axe.GeenErnstigeAsync(teamleider);
        await teamleider.SchermafdrukAsync("besluit-04-beoordelen-ontbrekend");
        await tl.GetByLabel("Waarom u goedkeurt terwijl bewijsstukken ontbreken").FillAsync("De verhuurder heeft de huur bevestigd.");
        await tl.KnopAsync("Oordeel vastleggen");
        await tl.MeldingAsync("Het besluit is goedgekeurd en daarmee genomen. De beschikking staat klaar.");
        await Expect(tl.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn" })).ToContainTextAsync("Reden: De verhuurder heeft de huur bevestigd.");
    }
}
