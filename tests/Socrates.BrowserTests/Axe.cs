using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Socrates.BrowserTests;

/// <summary>axe-core on the page a session shows: no violation of impact serious or critical (all are written to the test output).</summary>
internal static class Axe
{
    private static readonly string[] Ernstig = ["serious", "critical"];

    public static async Task GeenErnstigeAsync(BrowserSessie sessie)
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
