using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>axe-core on the rendered pages: no violation of impact serious or critical.</summary>
public sealed class ToegankelijkheidTests(KestrelApp app, BrowserFixture browser)
{
    private static readonly string[] Ernstig = ["serious", "critical"];

    [Fact]
    public async Task Axe_SignInPage_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.Pagina.GotoAsync("/Account/Inloggen");
        await sessie.SchermafdrukAsync("inloggen");

        await GeenErnstigeAsync(sessie);
    }

    [Fact]
    public async Task Axe_SignInPageWithMessages_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync("", "");
        await Expect(sessie.Pagina.Locator("#Input_Email-fout")).ToHaveTextAsync("Vul uw e-mailadres in.");
        await sessie.SchermafdrukAsync("inloggen-leeg");

        await GeenErnstigeAsync(sessie);
    }

    [Fact]
    public async Task Axe_StartPageAfterSignIn_NoSeriousViolations()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Beheerder), KestrelApp.Wachtwoord);
        await Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        await GeenErnstigeAsync(sessie);
    }

    [Theory]
    [InlineData("/Aanvragen/Dossier/{0}")]
    [InlineData("/Aanvragen/Bewijsstukken/{0}")]
    [InlineData("/Aanvragen/Huishouden/Partner/{0}")]
    [InlineData("/Aanvragen/Huishouden/Medebewoners/{0}")]
    [InlineData("/Aanvragen/Huishouden/Vermogen/{0}")]
    [InlineData("/Werkvoorraad?Weergave=Team")]
    [InlineData("/Personen/Registreren")]
    [InlineData("/Toekenningen")]
    [InlineData("/Aanvragen/Berekening/{0}")]
    [InlineData("/Terugvorderingen")]
    [InlineData("/Terugvorderingen/Nieuw")]
    public async Task Axe_CaseworkPages_NoSeriousViolations(string pad)
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 50);
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);
        await Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        await sessie.Pagina.GotoAsync(string.Format(CultureInfo.InvariantCulture, pad, id));

        await GeenErnstigeAsync(sessie);
    }

    internal static async Task GeenErnstigeAsync(BrowserSessie sessie)
    {
        var resultaat = await sessie.Pagina.RunAxe();
        Assert.NotEmpty(resultaat.Passes ?? []);                 // axe really ran on this page
        var alle = resultaat.Violations ?? [];
        if (alle.Length > 0)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"axe op {sessie.Pagina.Url}:\n{Beschrijf(alle)}");
        }

        var ernstig = alle.Where(v => Ernstig.Contains(v.Impact, StringComparer.Ordinal)).ToArray();
        Assert.True(ernstig.Length == 0, $"axe vond ernstige problemen op {sessie.Pagina.Url}:\n{Beschrijf(ernstig)}");
    }

    private static string Beschrijf(IEnumerable<AxeResultItem> overtredingen)
    {
        var tekst = new StringBuilder();
        foreach (var v in overtredingen)
        {
            tekst.AppendLine(CultureInfo.InvariantCulture, $"- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]");
            foreach (var node in v.Nodes ?? [])
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                tekst.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}  {node.Html}");
                tekst.AppendLine(CultureInfo.InvariantCulture, $"    {string.Join(" | ", checks)}");
            }
        }

        return tekst.ToString();
    }
}
