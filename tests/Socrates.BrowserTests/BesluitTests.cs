using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
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
}
