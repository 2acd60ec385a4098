using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Socrates.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>An app of its own for <see cref="NormenTests"/>: an approved normenset moves the figures every calculation reads.</summary>
public sealed class NormenApp : KestrelApp
{
}

/// <summary>
/// The first demo Normbeheerder enters a new set (the set in force with one vrijlating a little higher), the second approves
/// it, and the list shows it approved; axe finds nothing serious on the list, the form (also with its messages), the
/// decision page and the comparison. Screenshots in /tmp/socrates-browser/normen-*.png.
/// </summary>
public sealed class NormenTests(NormenApp app, BrowserFixture browser) : IClassFixture<NormenApp>
{
    [Fact]
    public async Task Normbeheerder_EntersASet_TheSecondApproves_TheListShowsItApproved()
    {
        var ingangsdatum = new DateOnly(2045, 1, 1);
        await using (var eerste = await BrowserSessie.OpenAsync(browser, app))
        {
            var pagina = eerste.Pagina;
            await eerste.InloggenAsync(DemoGebruikers.Normbeheerders[0].Email, KestrelApp.Wachtwoord);
            await Expect(pagina).ToHaveURLAsync(new Regex("/Normen"));
            await Expect(pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Landelijke normen"]);
            await Axe.GeenErnstigeAsync(eerste);
            await eerste.SchermafdrukAsync("normen-01-lijst");

            await pagina.LinkAsync("Nieuwe set voorstellen");
            await pagina.VulAsync("Ingangsdatum", ingangsdatum);
            await pagina.VulAsync("Document", "");
            await pagina.KnopAsync("Voorstellen");
            await Expect(pagina.Locator("#foutoverzicht")).ToContainTextAsync("Vul de titel van het document in");
            await Axe.GeenErnstigeAsync(eerste);
            await eerste.SchermafdrukAsync("normen-02-voorstellen-fouten");

            await pagina.VulAsync("Document", "Proefbrief 2045 (kunstmatig)");
            await pagina.VulAsync("Publicatiedatum van het document", ingangsdatum.AddDays(-20));
            await pagina.VulAsync("Vindplaats of link", "proef");
            var vrijlating = pagina.Veld("Maximale vrijlating per maand (25 %) (art. 31 lid 2 onder n)");
            await vrijlating.FillAsync("290,00");
            await pagina.KnopAsync("Voorstellen");
            await Expect(pagina.Locator(".alert-success[role=status]")).ToContainTextAsync("is voorgesteld");
            await Expect(pagina.GetByText("Dit is uw eigen voorstel")).ToBeVisibleAsync();
            await Expect(pagina.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" })).ToHaveCountAsync(0);
            await Axe.GeenErnstigeAsync(eerste);
        }

        await using var tweede = await BrowserSessie.OpenAsync(browser, app);
        var p = tweede.Pagina;
        await tweede.InloggenAsync(DemoGebruikers.Normbeheerders[1].Email, KestrelApp.Wachtwoord);
        var rij = p.GetByRole(AriaRole.Row).Filter(new() { HasText = Formulier.Datum(ingangsdatum) });
        await Expect(rij).ToContainTextAsync("Voorgesteld");
        await rij.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Beoordelen") }).ClickAsync();
        var gewijzigd = p.Locator("tr.gewijzigd").Filter(new() { HasText = "art. 31 lid 2 onder n" });
        await Expect(gewijzigd).ToContainTextAsync("%");
        await Expect(gewijzigd.Locator("mark")).ToHaveTextAsync("€\u00A0290,00");
        await Axe.GeenErnstigeAsync(tweede);
        await tweede.SchermafdrukAsync("normen-03-beoordelen");

        await p.KnopAsync("Goedkeuren");
        await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync("is goedgekeurd");
        await Expect(rij).ToContainTextAsync("Gepland");
        await Expect(rij).ToContainTextAsync(DemoGebruikers.Normbeheerders[1].Naam);
        await tweede.SchermafdrukAsync("normen-04-goedgekeurd");

        await p.KnopAsync("Vergelijken");
        await Expect(p.Locator("h1")).ToHaveTextAsync("Normensets vergelijken");
        await Axe.GeenErnstigeAsync(tweede);
        await tweede.SchermafdrukAsync("normen-05-vergelijken");
    }
}
