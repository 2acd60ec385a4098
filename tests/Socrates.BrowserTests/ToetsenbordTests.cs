using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>The sign-in and the shell work with the keyboard alone.</summary>
public sealed class ToetsenbordTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Inloggen_KeyboardOnly_EmailHasFocus_TabToPassword_EnterSubmits()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var pagina = sessie.Pagina;

        await pagina.GotoAsync("/Account/Inloggen");
        await Expect(pagina.GetByLabel("E-mailadres", new() { Exact = true })).ToBeFocusedAsync();
        await pagina.Keyboard.TypeAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent));
        await pagina.Keyboard.PressAsync("Tab");
        await Expect(pagina.GetByLabel("Wachtwoord", new() { Exact = true })).ToBeFocusedAsync();
        await pagina.Keyboard.TypeAsync(KestrelApp.Wachtwoord);
        await pagina.Keyboard.PressAsync("Enter");

        await Expect(pagina).ToHaveURLAsync(app.BasisUrl.ToString());
        await Expect(pagina.Locator("header")).ToContainTextAsync("Fatima Yilmaz");
    }

    [Fact]
    public async Task StartPage_FirstTab_ReachesVisibleSkipLink_WhichMovesFocusToContent()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var pagina = sessie.Pagina;
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Teamleider), KestrelApp.Wachtwoord);
        await Expect(pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        await pagina.Keyboard.PressAsync("Tab");

        var skiplink = pagina.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        await Expect(skiplink).ToBeFocusedAsync();
        await Expect(skiplink).ToBeInViewportAsync();
        await sessie.SchermafdrukAsync("skiplink");

        await pagina.Keyboard.PressAsync("Enter");

        await Expect(pagina.Locator("main#inhoud")).ToBeFocusedAsync();
    }
}
