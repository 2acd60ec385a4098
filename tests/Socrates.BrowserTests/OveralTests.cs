using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Infrastructure.Identity;
using Socrates.IntegrationTests.EigenDatabase.Matrix;
using Socrates.IntegrationTests.EigenDatabase.Vijandig;

namespace Socrates.BrowserTests;

/// <summary>
/// Every page of the route table, opened as each one who may open it (the matrix test's <see cref="Toegangsverwachting"/>)
/// on records in every state (<see cref="Testdossiers"/>): axe-core finds no violation of WCAG 2.1 A/AA or of its best
/// practices, and at 390 px wide the page does not scroll sideways (tables scroll in their own box). A new page is
/// covered without being named here: the matrix test already fails until it is in <see cref="Toegangsverwachting"/>, and
/// this test fails for a page of the route table that no one opened.
/// Screenshots at 390 px go to /tmp/socrates-browser/390/.
/// </summary>
public sealed class OveralTests(OveralApp app, BrowserFixture browser) : IClassFixture<OveralApp>
{
    /// <summary>
    /// Known violations allowed for a while, each with its reason; empty now. An entry that no longer occurs fails the test,
    /// so the list cannot outlive its reason.
    /// </summary>
    internal static readonly IReadOnlyList<(string Pagina, string Regel)> TijdelijkToegestaan = [];

    /// <summary>WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (landmarks, one h1, unique ids…).</summary>
    private static readonly AxeRunOptions Regels = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    private const int Smal = 390;

    private static readonly ViewportSize Breed = new() { Width = 1280, Height = 800 };

    [Fact]
    public async Task EveryPage_ForEveryoneWhoMayOpenIt_IsAxeClean_AndDoesNotScrollSidewaysAt390px()
    {
        var dossiers = await Testdossiers.MaakAsync(app, metBetaalrun: true);
        var paginas = Paginahandlers.Lees(app.Services).Where(h => h.Methode == "GET" && h.Naam is null).ToList();
        var extra = dossiers.ExtraAdressen().ToList();
        var bevindingen = new List<string>();
        var toegestaanGezien = new HashSet<(string, string)>();
        var bezocht = new HashSet<string>(StringComparer.Ordinal);
        var adressen = new HashSet<string>(StringComparer.Ordinal);
        Directory.CreateDirectory(Path.Combine(BrowserSessie.Schermafdrukken, "390"));

        foreach (var (wie, rol) in new[]
        {
            (Wie.Anoniem, (string?)null), (Wie.Consulent, Rol.Consulent), (Wie.Teamleider, Rol.Teamleider), (Wie.Beheerder, Rol.Beheerder), (Wie.AdministratiefMedewerker, Rol.AdministratiefMedewerker),
            (Wie.Normbeheerder, Rol.Normbeheerder),
        })
        {
            await using var sessie = await BrowserSessie.OpenAsync(browser, app);
            if (rol == Rol.Normbeheerder)
            {
                // Of no gemeente: lands on the national figures.
                await sessie.InloggenAsync(DemoGebruikers.Normbeheerders[0].Email, KestrelApp.Wachtwoord);
                await Assertions.Expect(sessie.Pagina).ToHaveURLAsync(new Uri(app.BasisUrl, "/Normen/Index").ToString());
            }
            else if (rol is not null)
            {
                await sessie.InloggenAsync(DemoGebruikers.Email(Testdossiers.Gemeente, rol), KestrelApp.Wachtwoord);
                await Assertions.Expect(sessie.Pagina).ToHaveURLAsync(app.BasisUrl.ToString());
            }

            foreach (var pagina in paginas.Where(p => (Toegangsverwachting.Paginas[p.Pagina] & wie) != 0))
            {
                // Each address once, by the first who may open it; the start page (its menu) by everyone.
                var metVraag = extra.Where(a => a.Split('?')[0] == pagina.Pagina).ToList();
                var eerste = true;
                foreach (var adres in (metVraag.Count > 0 ? metVraag : dossiers.Adressen(pagina.Sjabloon)).Where(a => adressen.Add(a) || pagina.Pagina == "/Index"))
                {
                    bezocht.Add(pagina.Pagina);
                    var waar = $"{adres} ({wie})";
                    var antwoord = await sessie.Pagina.GotoAsync(adres);
                    if (antwoord is null || (antwoord.Status != 200 && pagina.Pagina is not "/Fout" and not "/Account/GeenToegang"))
                    {
                        bevindingen.Add($"{waar}: HTTP {antwoord?.Status}");
                        continue;
                    }

                    await AxeAsync(sessie.Pagina, pagina.Pagina, waar, bevindingen, toegestaanGezien);
                    await SmalAsync(sessie.Pagina, waar, eerste, bevindingen);
                    eerste = false;
                }
            }
        }

        bevindingen.AddRange(paginas.Select(p => p.Pagina).Where(p => !bezocht.Contains(p)).Select(p => $"{p}: door niemand geopend"));
        bevindingen.AddRange(TijdelijkToegestaan.Where(t => !toegestaanGezien.Contains(t))
            .Select(t => $"{t.Pagina}: {t.Regel} komt niet meer voor; haal het uit OveralTests.TijdelijkToegestaan"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{bezocht.Count} pagina's bekeken, {bevindingen.Count} bevindingen");
        Assert.True(bevindingen.Count == 0, string.Join(Environment.NewLine, bevindingen.Prepend($"{bevindingen.Count} bevinding(en):")));
    }

    private static async Task AxeAsync(IPage pagina, string paginaPad, string waar, List<string> bevindingen, HashSet<(string, string)> toegestaanGezien)
    {
        var resultaat = await pagina.RunAxe(Regels);
        if ((resultaat.Passes ?? []).Length == 0)
        {
            bevindingen.Add($"{waar}: axe draaide niet");
        }

        foreach (var overtreding in resultaat.Violations ?? [])
        {
            if (TijdelijkToegestaan.Contains((paginaPad, overtreding.Id)))
            {
                toegestaanGezien.Add((paginaPad, overtreding.Id));
                continue;
            }

            var tekst = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{waar}: axe {overtreding.Id} ({overtreding.Impact}) {overtreding.Help}");
            foreach (var node in (overtreding.Nodes ?? []).Take(5))
            {
                var uitleg = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).FirstOrDefault();
                tekst.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}    {node.Target}  {uitleg}");
            }

            bevindingen.Add(tekst.ToString());
        }
    }

    /// <summary>At 390 px the page itself must not scroll sideways; a screenshot of each page at that width.</summary>
    private static async Task SmalAsync(IPage pagina, string waar, bool schermafdruk, List<string> bevindingen)
    {
        await pagina.SetViewportSizeAsync(Smal, 844);
        try
        {
            var breedte = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (schermafdruk || breedte[0] > breedte[1])
            {
                var naam = new string([.. waar.Select(t => char.IsLetterOrDigit(t) ? t : '-')]).Trim('-');
                await pagina.ScreenshotAsync(new() { Path = Path.Combine(BrowserSessie.Schermafdrukken, "390", naam + ".png"), FullPage = true });
            }

            if (breedte[0] > breedte[1])
            {
                // The widest culprits: elements past the right edge that no scrolling box of their own contains.
                var breed = await pagina.EvaluateAsync<string[]>(
                    "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)" +
                    ".filter(e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })" +
                    ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))",
                    Smal);
                bevindingen.Add($"{waar}: bij {Smal} px scrolt de pagina zijwaarts ({breedte[0]} > {breedte[1]}); te breed: {string.Join(", ", breed)}");
            }
        }
        finally
        {
            await pagina.SetViewportSizeAsync(Breed.Width, Breed.Height);
        }
    }
}
