using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Demo;
using Socrates.Infrastructure.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// One member list: the docs' checklist and tables, the demo data and the Development payment accounts all match
/// <see cref="Leden.Alle"/>, and the start-up check names what a fifth member still lacks.
/// </summary>
public sealed partial class LedenlijstTests
{
    private static readonly Lid Vijfde = new(GemeenteCode.Parse("GM0014"), "Groningen", "groningen",
        new Briefhoofd("Gemeente Groningen", "Kreupelstraat 1", "Postbus 30026", "14 050", "gemeente.groningen.nl", "A. de Groot", "Directeur"));

    [Fact]
    public void MembersTableOfTheDocs_IsTheCodesList()
    {
        var rijen = Tabelrijen(Lees("docs/gemeenten.md"), "| code | name |");

        Assert.Equal(
            Leden.Alle.Select(l => $"{l.Code} | {l.Naam} | `{l.Kortenaam}` | `{l.InstellingenTabel}` | {l.Briefhoofd.Naam}"),
            rijen);
    }

    [Fact]
    public void DemoLoginsTableOfTheReadme_IsTheCodesList()
    {
        var rijen = Tabelrijen(Lees("README.md"), "| gemeente | Consulent |");

        Assert.Equal(
            Leden.Alle.Select(l => string.Join(" | ", Rol.Alle
                .Select(r => string.Join(", ", DemoGebruikers.Van(l, r).Select(g => $"`{g.Email}`")))
                .Prepend($"{(l == Leden.DenHaag ? "Den Haag" : l.Naam)} ({l.Code})"))),
            rijen);
        Assert.Equal(
            ["Coöperatie | " + string.Join(", ", DemoGebruikers.Normbeheerders.Select(g => $"`{g.Email}`"))],
            Tabelrijen(Lees("README.md"), "| coöperatie | Normbeheerder"));
    }

    [Fact]
    public void DemoDataAndDevelopmentAccounts_AreThereForExactlyTheMembers()
    {
        using var json = JsonDocument.Parse(Lees("src/Socrates.Web/appsettings.Development.json"));
        var rekeningen = json.RootElement.GetProperty(Ledencontrole.Sectie).EnumerateObject().Select(p => p.Name);

        Assert.Equal(Leden.Alle.Select(l => l.Code.Waarde), Demoleden.Alle.Select(d => d.Code));
        Assert.Equal(Leden.Alle.Select(l => l.Code.Waarde).Order(), rekeningen.Order());
        Assert.Empty(Ledencontrole.Fouten(Leden.Alle, Configuratie(Lees("src/Socrates.Web/appsettings.Development.json")), demo: true, development: true));
    }

    [Fact]
    public void EveryFileTheChecklistNames_Exists()
    {
        var tekst = Lees("docs/gemeenten.md");
        var checklist = tekst[tekst.IndexOf("## Adding a member", StringComparison.Ordinal)..tekst.IndexOf("## Adding a setting", StringComparison.Ordinal)];
        var paden = Pad().Matches(checklist).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(paden.Count >= 6, string.Join(", ", paden));
        Assert.All(paden, p => Assert.True(File.Exists(Path.Combine(Bron, p)) || Directory.Exists(Path.Combine(Bron, p)), p));
    }

    [Fact]
    public void AFifthMemberWithoutItsDemoDataAndAccount_StopsTheStart_NamingWhatIsMissing()
    {
        var ontwikkeling = Configuratie(Lees("src/Socrates.Web/appsettings.Development.json"));

        var fouten = Ledencontrole.Fouten([.. Leden.Alle, Vijfde], ontwikkeling, demo: true, development: true);

        Assert.Equal(
        [
            "GM0014 (Groningen) heeft geen demogegevens in Demoleden.Alle (namen van de demogebruikers, straten).",
            "GM0014 (Groningen) heeft geen betaalrekening: zet Betaalrekeningen:GM0014:Iban en :Bic (appsettings.Development.json).",
        ], fouten);
        Assert.Empty(Ledencontrole.Fouten([.. Leden.Alle, Vijfde], new ConfigurationBuilder().Build(), demo: false, development: false));
    }

    [Fact]
    public void AnAccountOfANonMember_OrAnInvalidIban_StopsTheStart()
    {
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betaalrekeningen:GM9999:Iban"] = "NL91ABNA0417164300",
            ["Betaalrekeningen:GM0599:Iban"] = "NL91ABNA0417164301",
        }).Build();

        var fouten = Ledencontrole.Fouten(Leden.Alle, configuratie, demo: false, development: false);

        Assert.Equal(["Betaalrekeningen:GM0599:Iban is geen geldig IBAN.", "Betaalrekeningen:GM9999 hoort bij geen lid van Leden.Alle."], fouten);
        var fout = Assert.Throws<InvalidOperationException>(() => Ledencontrole.Controleer(configuratie, demo: false, development: false));
        Assert.StartsWith("De ledenlijst (Leden.Alle) en wat ervan afhangt kloppen niet", fout.Message, StringComparison.Ordinal);
    }

    private static string Bron { get; } = Zoek(AppContext.BaseDirectory);

    private static string Zoek(string map) =>
        File.Exists(Path.Combine(map, "Socrates.sln")) ? map
        : Directory.GetParent(map) is { } ouder ? Zoek(ouder.FullName)
        : throw new InvalidOperationException("Socrates.sln niet gevonden boven " + AppContext.BaseDirectory);

    private static string Lees(string pad) => File.ReadAllText(Path.Combine(Bron, pad));

    private static IConfiguration Configuratie(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();

    /// <summary>The body rows of the markdown table whose header starts with <paramref name="kop"/>, without the outer pipes.</summary>
    private static List<string> Tabelrijen(string tekst, string kop) =>
    [
        .. tekst.Split('\n').SkipWhile(r => !r.StartsWith(kop, StringComparison.Ordinal)).Skip(2)
            .TakeWhile(r => r.StartsWith('|')).Select(r => r.Trim().Trim('|').Trim()),
    ];

    [GeneratedRegex(@"`((?:src|tests|docs|\.ci)/[^`\s]+|README\.md)`")]
    private static partial Regex Pad();
}
