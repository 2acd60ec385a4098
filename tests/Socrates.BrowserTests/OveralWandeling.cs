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
/// <see cref="OveralDekkingTests"/> fails for a page of the route table that no one opens.
/// </summary>
/// <remarks>
/// The walk is cut into <see cref="Looproute.Delen"/> parts, one test class each, so they run in parallel with each other
/// and the other browser tests instead of one test of ten minutes at the end. A page that scrolls sideways is
/// photographed to /tmp/socrates-browser/390/; with <c>SOCRATES_SCHERMAFDRUKKEN=1</c> every page is.
/// </remarks>
public abstract class OveralWandeling(OveralApp app, BrowserFixture browser, int deel)
{
    /// <summary>
    /// Known violations allowed for a while, each with its reason; empty now. An entry that no longer occurs on the pages of
    /// a part fails that part, so the list cannot outlive its reason.
    /// </summary>
    internal static readonly IReadOnlyList<(string Pagina, string Regel)> TijdelijkToegestaan = [];

    /// <summary>WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (landmarks, one h1, unique ids…).</summary>
    private static readonly AxeRunOptions Regels = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    private const int Smal = 390;

    private static readonly ViewportSize Breed = new() { Width = 1280, Height = 800 };

    private static readonly bool AlleSchermafdrukken = Environment.GetEnvironmentVariable("SOCRATES_SCHERMAFDRUKKEN") == "1";

    /// <summary>This part's pages, for each one who opens them: no axe violation, no sideways scrolling at 390 px.</summary>
    protected async Task LoopAsync()
    {
        var route = await app.RouteAsync();
        var bevindingen = new List<string>();
        var toegestaanGezien = new HashSet<(string, string)>();
        var paginas = new HashSet<string>(StringComparer.Ordinal);
        Directory.CreateDirectory(Path.Combine(BrowserSessie.Schermafdrukken, "390"));

        foreach (var (wie, rol, bezoeken) in route.Deel(deel))
        {
            await using var sessie = await BrowserSessie.OpenAsync(browser, app);
            await InloggenAsync(sessie, rol);
            foreach (var bezoek in bezoeken)
            {
                paginas.Add(bezoek.Pagina);
                var waar = $"{bezoek.Adres} ({wie})";
                var antwoord = await sessie.Pagina.GotoAsync(bezoek.Adres);
                if (antwoord is null || (antwoord.Status != 200 && bezoek.Pagina is not "/Fout" and not "/Account/GeenToegang"))
                {
                    bevindingen.Add($"{waar}: HTTP {antwoord?.Status}");
                    continue;
                }

                await AxeAsync(sessie.Pagina, bezoek.Pagina, waar, bevindingen, toegestaanGezien);
                await SmalAsync(sessie.Pagina, waar, bezoek.Schermafdruk && AlleSchermafdrukken, bevindingen);
            }
        }

        bevindingen.AddRange(TijdelijkToegestaan.Where(t => paginas.Contains(t.Pagina) && !toegestaanGezien.Contains(t))
            .Select(t => $"{t.Pagina}: {t.Regel} komt niet meer voor; haal het uit OveralWandeling.TijdelijkToegestaan"));
        TestContext.Current.TestOutputHelper?.WriteLine($"Deel {deel}: {paginas.Count} pagina's bekeken, {bevindingen.Count} bevindingen");
        Assert.True(paginas.Count > 0, $"Deel {deel} van de looproute is leeg.");
        Assert.True(bevindingen.Count == 0, string.Join(Environment.NewLine, bevindingen.Prepend($"{bevindingen.Count} bevinding(en):")));
    }

    private async Task InloggenAsync(BrowserSessie sessie, string? rol)
    {
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

    /// <summary>At 390 px the page itself must not scroll sideways; a screenshot when it does, or when asked.</summary>
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
