using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

public sealed class InloggenTests(KestrelApp app, BrowserFixture browser)
{
    private const string Onjuist = Web.Pages.Account.InloggenModel.Onjuist;

    [Fact]
    public async Task Inloggen_RotterdamConsulent_ShowsShellWithMunicipalityAndName()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);

        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);

        var pagina = sessie.Pagina;
        await Expect(pagina).ToHaveURLAsync(app.BasisUrl.ToString());
        await Expect(pagina).ToHaveTitleAsync("Start · Socrates");
        var kop = pagina.Locator("header");
        await Expect(kop).ToContainTextAsync("Gemeente Rotterdam");
        await Expect(kop).ToContainTextAsync("Fatima Yilmaz");
        await Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welkom, Fatima Yilmaz");
        await Expect(pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeVisibleAsync();
        await sessie.SchermafdrukAsync("start");
    }

    [Fact]
    public async Task Inloggen_WrongPassword_ShowsMessageInAlert()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Utrecht);

        await sessie.InloggenAsync(email, "Verkeerd-wachtwoord-1");

        var pagina = sessie.Pagina;
        await Expect(pagina).ToHaveURLAsync(new Uri(app.BasisUrl, "/Account/Inloggen").ToString());
        var overzicht = pagina.GetByRole(AriaRole.Alert, new() { Name = "Er ging iets mis" });
        await Expect(overzicht.Locator("#formulierfouten")).ToHaveTextAsync(Onjuist);
        await Expect(overzicht).ToBeFocusedAsync();                                   // the error summary takes the focus (js/foutoverzicht.js)
        await Expect(pagina).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Fout: "));
        await Expect(pagina.GetByLabel("E-mailadres", new() { Exact = true })).ToHaveValueAsync(email);
        await Expect(pagina.GetByLabel("Wachtwoord", new() { Exact = true })).ToHaveValueAsync("");
        await sessie.SchermafdrukAsync("onjuist");
    }

    [Fact]
    public async Task Inloggen_FiveWrongPasswords_ShowTheSameMessage_SoALockedAccountIsNotGivenAway()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.DenHaag);
        var melding = sessie.Pagina.GetByRole(AriaRole.Alert).Locator("#formulierfouten");

        for (var poging = 1; poging <= 4; poging++)
        {
            await sessie.InloggenAsync(email, $"Verkeerd-wachtwoord-{poging}");
            await Expect(melding).ToHaveTextAsync(Onjuist);
        }

        await sessie.InloggenAsync(email, "Verkeerd-wachtwoord-5");

        await Expect(melding).ToHaveTextAsync(Onjuist);
        await sessie.SchermafdrukAsync("geblokkeerd");
    }
}
