using System.Text.RegularExpressions;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// Every page that posts a form shows the error summary (<c>Pages/Shared/_Formulierfouten.cshtml</c>, issue #19): itself or
/// through a partial it includes (the household pages through <c>_HuishoudenKop</c>). Exceptions are listed with their reason.
/// </summary>
public sealed partial class FoutoverzichtOpFormulierenTests
{
    private static readonly Dictionary<string, string> Uitzonderingen = new(StringComparer.Ordinal)
    {
        ["Account/Uitloggen"] = "één knop zonder velden; uitloggen kan niet mislukken",
        ["Betaalruns/Controle"] = "één knop die een controle zonder invoer start; er is niets in te vullen",
        ["Werkvoorraad/Index"] = "een lijst met knoppen (oppakken, toewijzen) en een eigen meldingenblok boven de lijst",
    };

    [Fact]
    public void EveryPageWithAPostedForm_RendersTheErrorSummary()
    {
        var pages = Path.Combine(Bron, "src", "Socrates.Web", "Pages");
        var formulieren = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Where(f => PostFormulier().IsMatch(File.ReadAllText(f)))
            .ToList();
        var zonder = formulieren
            .Where(f => !MetOverzicht(f, pages))
            .Select(f => Path.GetRelativePath(pages, f)[..^".cshtml".Length].Replace('\\', '/'))
            .Where(p => !Uitzonderingen.ContainsKey(p))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(formulieren.Count > 30, $"{formulieren.Count} pagina's met een formulier gevonden in {pages}");
        Assert.True(zonder.Count == 0, "Zonder <partial name=\"_Formulierfouten\" />: " + string.Join(", ", zonder));
    }

    [Fact]
    public void EveryException_IsStillAPageWithAForm()
    {
        var pages = Path.Combine(Bron, "src", "Socrates.Web", "Pages");
        Assert.All(Uitzonderingen.Keys, p => Assert.True(File.Exists(Path.Combine(pages, p + ".cshtml")), p));
    }

    /// <summary>The page itself or one of the partials it includes (looked up next to it, up its folders and in Shared).</summary>
    private static bool MetOverzicht(string pagina, string pages)
    {
        var tekst = File.ReadAllText(pagina);
        if (tekst.Contains("\"_Formulierfouten\"", StringComparison.Ordinal))
        {
            return true;
        }

        return Partial().Matches(tekst).Select(m => m.Groups[1].Value).Any(naam => Zoekpaden(Path.GetDirectoryName(pagina)!, pages)
            .Select(map => Path.Combine(map, naam + ".cshtml"))
            .FirstOrDefault(File.Exists) is { } bestand
            && File.ReadAllText(bestand).Contains("\"_Formulierfouten\"", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Zoekpaden(string map, string pages)
    {
        for (var m = map; m.StartsWith(pages, StringComparison.Ordinal); m = Path.GetDirectoryName(m)!)
        {
            yield return m;
        }

        yield return Path.Combine(pages, "Shared");
    }

    [GeneratedRegex("""<form[^>]*method="post"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex PostFormulier();

    [GeneratedRegex(""""<partial\s+name="([^"]+)"""")]
    private static partial Regex Partial();

    private static string Bron { get; } = Zoek(AppContext.BaseDirectory);

    private static string Zoek(string map) =>
        File.Exists(Path.Combine(map, "Socrates.sln")) ? map
        : Directory.GetParent(map) is { } ouder ? Zoek(ouder.FullName)
        : throw new InvalidOperationException("Socrates.sln niet gevonden boven " + AppContext.BaseDirectory);
}
