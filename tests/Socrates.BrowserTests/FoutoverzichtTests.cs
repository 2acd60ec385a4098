using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>Issue #19: after a failed submit the error summary has the focus, and its links lead to the fields.</summary>
public sealed class FoutoverzichtTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task PersoonRegistreren_FailedSubmit_SummaryIsFocused_ItsLinkMovesTheFocusToTheField_AxeClean()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var pagina = sessie.Pagina;
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);
        await pagina.GotoAsync("/Personen/Registreren");

        await pagina.VulAsync("BSN", "123456789");
        await pagina.VulAsync("Postcode", "12");
        await pagina.KnopAsync("Registreren");

        var overzicht = pagina.GetByRole(AriaRole.Alert, new() { Name = "Er ging iets mis" });
        await Expect(overzicht).ToBeFocusedAsync();
        await Expect(pagina).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Fout: "));
        await Expect(overzicht.GetByRole(AriaRole.Link)).Not.ToHaveCountAsync(0);
        await Axe.GeenErnstigeAsync(sessie);
        await sessie.SchermafdrukAsync("foutoverzicht");

        await pagina.Keyboard.PressAsync("Tab");
        await Expect(overzicht.GetByRole(AriaRole.Link, new() { Name = "Dit is geen geldig BSN" })).ToBeFocusedAsync();
        await pagina.Keyboard.PressAsync("Enter");
        await Expect(pagina.Veld("BSN")).ToBeFocusedAsync();
    }
}
