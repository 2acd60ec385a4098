using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// A Beheerder of Utrecht changes the woonkostenverlaging percentage (art. 27), looks at the what-if on the active
/// toekenningen and the change on the confirmation, gives the reason, saves, and finds the new version in the history and in the comparison with the rules in force.
/// </summary>
public sealed class GemeenteregelsTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Woonkostenverlaging_WhatIf_Save_NewVersionInHistory()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var pagina = sessie.Pagina;
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Utrecht, Rol.Beheerder), KestrelApp.Wachtwoord);
        await pagina.GotoAsync("/Beheer/Gemeenteregels");
        await pagina.LinkAsync("Nieuwe versie");

        await pagina.VulAsync("Woonkostenverlaging inwonend (art. 27), %", "12,5");
        await pagina.KnopAsync("Doorrekenen");

        var doorrekening = pagina.GetByRole(AriaRole.Region, new() { Name = "Doorrekening voor" });
        await Expect(doorrekening).ToContainTextAsync("Niets is opgeslagen.");
        await Expect(doorrekening).ToContainTextAsync("Verschil per maand, totaal");
        var wijzigingen = pagina.GetByRole(AriaRole.Region, new() { Name = "Wat verandert er" });
        await Expect(wijzigingen.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(wijzigingen.Locator("mark")).ToHaveTextAsync("12,5\u00A0% van de gehuwdennorm");
        await sessie.SchermafdrukAsync("beheer-01-doorrekening");

        await pagina.VulAsync("Reden van de wijziging", "Raadsbesluit woonkosten 2027");
        await pagina.KnopAsync("Vastleggen");
        await Expect(pagina.Locator(".alert-success[role=status]")).ToContainTextAsync("De nieuwe versie is vastgelegd en geldt vanaf");
        var versies = pagina.GetByRole(AriaRole.Table, new() { Name = "Alle versies van de gemeenteregels" });
        var nieuw = versies.GetByRole(AriaRole.Row).Filter(new() { HasText = "Raadsbesluit woonkosten 2027" });
        await Expect(nieuw).ToHaveCountAsync(1);
        await Expect(nieuw).ToContainTextAsync("Gepland");
        await Expect(nieuw).ToContainTextAsync("Bram de Graaf");
        await sessie.SchermafdrukAsync("beheer-02-versies");

        await Expect(nieuw.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Intrekken") })).ToHaveCountAsync(1);
        await nieuw.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("vergelijk met de geldende versie") }).ClickAsync();
        var gewijzigd = pagina.Locator("tr.gewijzigd");
        await Expect(gewijzigd).ToHaveCountAsync(1);
        await Expect(gewijzigd).ToContainTextAsync("Woonkostenverlaging inwonend (art. 27)");
        await Expect(gewijzigd.Locator("mark")).ToHaveTextAsync("12,5\u00A0% van de gehuwdennorm");
        await sessie.SchermafdrukAsync("beheer-03-vergelijking");
    }
}
