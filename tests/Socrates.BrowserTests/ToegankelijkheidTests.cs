using System.Globalization;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>axe-core on the rendered pages: no violation of impact serious or critical.</summary>
public sealed class ToegankelijkheidTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Axe_SignInPage_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.Pagina.GotoAsync("/Account/Inloggen");
        await sessie.SchermafdrukAsync("inloggen");

        await Axe.GeenErnstigeAsync(sessie);
    }

    [Fact]
    public async Task Axe_SignInPageWithMessages_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync("", "");
        await Expect(sessie.Pagina.Locator("#Input_Email-fout")).ToHaveTextAsync("Vul uw e-mailadres in.");
        await sessie.SchermafdrukAsync("inloggen-leeg");

        await Axe.GeenErnstigeAsync(sessie);
    }

    [Fact]
    public async Task Axe_StartPageAfterSignIn_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Beheerder), KestrelApp.Wachtwoord);
        await Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        await Axe.GeenErnstigeAsync(sessie);
    }

    [Theory]
    [InlineData("/Aanvragen/Dossier/{0}")]
    [InlineData("/Aanvragen/Bewijsstukken/{0}")]
    [InlineData("/Aanvragen/Huishouden/Partner/{0}")]
    [InlineData("/Aanvragen/Huishouden/Medebewoners/{0}")]
    [InlineData("/Aanvragen/Huishouden/Vermogen/{0}")]
    [InlineData("/Werkvoorraad?Weergave=Team")]
    [InlineData("/Werkvoorraad/Aow")]
    [InlineData("/Personen/Registreren")]
    [InlineData("/Toekenningen")]
    [InlineData("/Aanvragen/Berekening/{0}")]
    [InlineData("/Terugvorderingen")]
    [InlineData("/Terugvorderingen/Voorstellen")]
    public async Task Axe_CaseworkPages_NoSeriousViolations(string pad)
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 50);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);
        await Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        await sessie.Pagina.GotoAsync(string.Format(CultureInfo.InvariantCulture, pad, id));
        await sessie.SchermafdrukAsync("werk" + pad.Replace("{0}", "", StringComparison.Ordinal).TrimEnd('/').Replace('/', '-').Replace('?', '-').Replace('=', '-').ToLowerInvariant());

        await Axe.GeenErnstigeAsync(sessie);
    }

    [Theory]
    [InlineData("/Beheer/Gemeenteregels")]
    [InlineData("/Beheer/Gemeenteregels/Vastleggen")]
    [InlineData("/Beheer/Gemeenteregels/Vergelijken?A=1&B=1")]
    [InlineData("/Beheer/Gebruikers")]
    [InlineData("/Beheer/Gebruikers/Toevoegen")]
    [InlineData("/Beheer/Landelijk")]
    [InlineData("/Beheer/Audit")]
    [InlineData("/Beheer/ApiKoppelingen")]
    [InlineData("/Beheer/ApiKoppelingen/Aanmaken")]
    public async Task Axe_BeheerPages_NoSeriousViolations(string pad)
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Beheerder), KestrelApp.Wachtwoord);
        await Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        await sessie.Pagina.GotoAsync(pad);
        await sessie.SchermafdrukAsync("beheer" + pad.Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '-').ToLowerInvariant());

        await Axe.GeenErnstigeAsync(sessie);
    }

    [Fact]
    public async Task ApiKoppeling_AanmakenMetHetToetsenbord_ToontDeSleutelEenKeer_EnDeDetailsZijnToegankelijk()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Beheerder), KestrelApp.Wachtwoord);
        await Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());
        await sessie.Pagina.GotoAsync("/Beheer/ApiKoppelingen/Aanmaken");

        await sessie.Pagina.GetByLabel("Naam").FillAsync("Burgerportaal");
        await sessie.Pagina.GetByLabel("Werkt als").SelectOptionAsync("Consulent");
        await sessie.Pagina.GetByLabel("Personen: lezen").CheckAsync();
        await sessie.Pagina.GetByLabel("Meldingen en aanvragen: schrijven").CheckAsync();
        await sessie.Pagina.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Aanmaken" }).PressAsync("Enter");

        await Expect(sessie.Pagina.Locator("#api-sleutel")).ToContainTextAsync("socr_");
        await sessie.SchermafdrukAsync("beheer-apikoppeling-sleutel");
        await Axe.GeenErnstigeAsync(sessie);
        await sessie.Pagina.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Naar de koppelingen" }).ClickAsync();
        await sessie.Pagina.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Burgerportaal" }).ClickAsync();
        await Expect(sessie.Pagina.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "API-koppeling Burgerportaal" })).ToBeVisibleAsync();
        await sessie.SchermafdrukAsync("beheer-apikoppeling-details");
        await Axe.GeenErnstigeAsync(sessie);
    }

    [Fact]
    public async Task Axe_WhatIfAndUserDetails_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Beheerder), KestrelApp.Wachtwoord);
        await sessie.Pagina.GotoAsync("/Beheer/Gemeenteregels/Vastleggen");
        await sessie.Pagina.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Doorrekenen", Exact = true }).ClickAsync();
        await Expect(sessie.Pagina.Locator("#doorrekening")).ToBeVisibleAsync();
        await Expect(sessie.Pagina.GetByLabel("Reden van de wijziging", new() { Exact = true })).ToBeVisibleAsync();
        await Axe.GeenErnstigeAsync(sessie);

        await sessie.Pagina.GotoAsync("/Beheer/Gebruikers");
        await sessie.Pagina.Locator("table a").First.ClickAsync();
        await Expect(sessie.Pagina.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Rollen" })).ToBeVisibleAsync();
        await sessie.SchermafdrukAsync("beheer-gebruiker");
        await Axe.GeenErnstigeAsync(sessie);
    }
}
