using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Issue #13 as a consulent sees it: from the dossier of a running toekenning to its Inkomstenopgaven; a form sent without
/// the employer comes back with the Dutch message at the field and in the summary; filled in and sent with Enter, the opgave
/// is in the list, waiting for the betaalrun; its correction form starts from its values. The CSV import from the quick
/// entry: a bad file's table, then the good file read. Axe on each page; screenshots in
/// /tmp/socrates-browser/inkomstenopgave-*.png.
/// </summary>
public sealed class InkomstenopgaveTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Registreren_FromTheDossier_ErrorAtTheField_ThenInTheList_AndCorrectable()
    {
        var lid = Leden.Utrecht;
        var (_, _, aanvraag) = await app.ActieveToekenningAsync(lid, dagenGeleden: 45);
        await using var consulent = await BrowserSessie.OpenAsync(browser, app);
        var p = consulent.Pagina;
        await consulent.InloggenAsync(DemoGebruikers.Email(lid, Rol.Consulent), KestrelApp.Wachtwoord);
        await p.GotoAsync($"/Aanvragen/Dossier/{aanvraag}");
        await p.GetByRole(AriaRole.Group, new() { Name = "Wat u nu kunt doen" }).GetByRole(AriaRole.Link, new() { Name = "Inkomstenopgaven" }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Inkomstenopgaven");
        await Expect(p.GetByText("Er zijn nog geen inkomstenopgaven.")).ToBeVisibleAsync();
        await Axe.GeenErnstigeAsync(consulent);

        await p.VulAsync("Nettoloon (euro)", "600,00");
        await p.Veld("Nettoloon (euro)").PressAsync("Enter");
        await Expect(p).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Fout: "));
        await Expect(p.Locator("#Input_Werkgever-fout")).ToContainTextAsync("Vul de werkgever of uitbetaler in.");
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("inkomstenopgave-01-fout");

        await p.VulAsync("Werkgever of uitbetaler", "Bakkerij De Korenschoof");
        await p.VulAsync("Brutoloon (euro)", "780,00");
        await p.VulAsync("Gewerkte uren", "40");
        await p.Veld("Gewerkte uren").PressAsync("Enter");
        await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync("is geregistreerd; de volgende betaalrun verrekent haar.");
        var rij = p.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bakkerij De Korenschoof" });
        await Expect(rij).ToContainTextAsync("€\u00A0600,00");
        await Expect(rij).ToContainTextAsync("wacht op de betaalrun");
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("inkomstenopgave-02-lijst");

        await rij.GetByRole(AriaRole.Link, new() { NameString = "Corrigeren" }).ClickAsync();
        await Expect(p.Veld("Nettoloon (euro)")).ToHaveValueAsync("600,00");
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("inkomstenopgave-03-corrigeren");
    }

    [Fact]
    public async Task QuickEntry_KeyboardOnly_TwoClientsInARow()
    {
        var lid = Leden.Utrecht;
        var (_, _, eerste) = await app.ActieveToekenningAsync(lid, dagenGeleden: 45);
        var (_, _, tweede) = await app.ActieveToekenningAsync(lid, dagenGeleden: 45);
        await using var consulent = await BrowserSessie.OpenAsync(browser, app);
        var p = consulent.Pagina;
        await consulent.InloggenAsync(DemoGebruikers.Email(lid, Rol.Consulent), KestrelApp.Wachtwoord);
        await p.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inkomstenopgaven", Exact = true }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inkomstenopgaven invoeren");
        await Axe.GeenErnstigeAsync(consulent);

        foreach (var (dossier, netto) in new[] { (eerste, "512,30"), (tweede, "488,00") })
        {
            await Expect(p.Veld("BSN of dossiernummer")).ToBeFocusedAsync();
            await p.Keyboard.TypeAsync(dossier.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await p.Keyboard.PressAsync("Tab");                         // Maand: last month, kept
            await p.Keyboard.PressAsync("Tab");                         // Van wie: aanvrager
            await p.Keyboard.PressAsync("Tab");
            await p.Keyboard.TypeAsync("Schoonmaakbedrijf Glans");
            await p.Keyboard.PressAsync("Tab");
            await p.Keyboard.TypeAsync(netto);
            await p.Keyboard.PressAsync("Tab");                         // no vakantiegeld
            await p.Keyboard.PressAsync("Tab");
            await p.Keyboard.TypeAsync("700,00");
            await p.Keyboard.PressAsync("Tab");
            await p.Keyboard.TypeAsync("20");
            await p.Keyboard.PressAsync("Enter");
            await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync($"(€\u00A0{netto} netto) is geregistreerd. Volgende klant:");
        }

        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("inkomstenopgave-04-snel");
    }
    [Fact]
    public async Task Importeren_FromTheQuickEntry_ABadFileShowsTheTable_ThenTheGoodFileIsRead()
    {
        var lid = Leden.Utrecht;
        var (_, _, aanvraag) = await app.ActieveToekenningAsync(lid, dagenGeleden: 45);
        var maand = Maand.Van(app.Klok.Vandaag()).Vorige;
        const string Kop = "klant;maand;persoon;werkgever;periode_van;periode_tot;netto;bruto;vakantiegeld;uren;document";
        await using var consulent = await BrowserSessie.OpenAsync(browser, app);
        var p = consulent.Pagina;
        await consulent.InloggenAsync(DemoGebruikers.Email(lid, Rol.Consulent), KestrelApp.Wachtwoord);
        await p.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inkomstenopgaven", Exact = true }).ClickAsync();
        await p.GetByRole(AriaRole.Link, new() { Name = "Lees een CSV-bestand in" }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inkomstenopgaven inlezen");
        await Axe.GeenErnstigeAsync(consulent);

        await p.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "opgaven.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"{Kop}\r\n{aanvraag};{maand};aanvrager;Café Zoë;;;600,00;500,00;;40;\r\n"),
        });
        await p.GetByRole(AriaRole.Button, new() { Name = "Bestand inlezen" }).ClickAsync();
        await Expect(p.Locator("#importfouten tbody tr")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("2\\s*bruto\\s*Het brutoloon is niet lager dan het nettoloon")]);
        await Expect(p.Locator("#Input_Bestand-fout")).ToContainTextAsync("er is niets ingelezen");
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("inkomstenopgave-05-import-fouten");

        await p.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "opgaven.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"{Kop}\r\n{aanvraag};{maand};aanvrager;Café Zoë;;;600,00;780,00;;40;\r\n"),
        });
        await p.GetByLabel("CSV-bestand").FocusAsync();
        await p.Keyboard.PressAsync("Tab");                             // keyboard only: to the button
        await p.Keyboard.PressAsync("Enter");
        await Expect(p.Locator(".alert-success[role=status]")).ToContainTextAsync("1 inkomstenopgave ingelezen, samen €\u00A0600,00 netto.");
        await Axe.GeenErnstigeAsync(consulent);
        await consulent.SchermafdrukAsync("inkomstenopgave-06-import-gelezen");
    }
}
