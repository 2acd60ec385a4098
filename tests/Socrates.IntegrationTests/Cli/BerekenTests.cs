using System.Text.Json;
using Microsoft.Data.Sqlite;
using Socrates.Cli;

namespace Socrates.IntegrationTests.Cli;

/// <summary><c>socrates bereken</c>: the public JSON contract of docs/bereken.md, in-process on a fresh SQLite file of its own.</summary>
public sealed class BerekenTests : IDisposable
{
    private const string VoorbeeldIssue = """
        { "gemeente": "GM0599", "peildatum": "2026-02-01",
          "aanvrager": { "geboortedatum": "1990-05-01", "inInrichting": false },
          "partner": null,
          "kinderen": [],
          "medebewoners": [],
          "ouderlijkeBijdrageOntoereikend": false,
          "inkomsten": [ { "persoon": "aanvrager", "soort": "arbeid", "nettoPerMaand": 1000.00 } ],
          "eerdereMaandenArbeidsvrijlating": 0,
          "vermogen": { "bezittingen": 0.00, "schulden": 0.00 },
          "woonsituatie": "huur" }
        """;

    private static readonly string[] Totalen = ["norm", "inkomenInAanmerking", "vrijlating", "bijstand", "vakantietoeslag", "teBetalen"];
    private static readonly string[] Betalingen = ["bijstand", "vakantietoeslag", "teBetalen"];

    private readonly string _bestand = Database.TestDatabases.TijdelijkSqliteBestand();
    private readonly string _invoer = Path.Combine(Path.GetTempPath(), $"socrates-bereken-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Bereken_ExampleOfTheIssue_FromAFile_GivesTheExactJson()
    {
        await Socrates("db", "migrate");
        await File.WriteAllTextAsync(_invoer, VoorbeeldIssue, TestContext.Current.CancellationToken);

        var (code, uit, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.True(code == 0, fout);
        using var json = JsonDocument.Parse(uit);
        var root = json.RootElement;
        Assert.True(root.GetProperty("recht").GetBoolean());
        Assert.Equal(0, root.GetProperty("redenenGeenRecht").GetArrayLength());
        Assert.Equal(1, root.GetProperty("kostendelers").GetInt32());
        Assert.Equal(
            ["1401.50", "750.00", "250.00", "651.50", "32.58", "618.92"],
            Totalen.Select(veld => root.GetProperty(veld).GetRawText()));
        Assert.Equal(
            ["recht", "redenenGeenRecht", "kostendelers", "norm", "inkomenInAanmerking", "vrijlating", "bijstand", "vakantietoeslag", "teBetalen", "regels", "opmerkingen"],
            root.EnumerateObject().Select(p => p.Name));
        var regels = root.GetProperty("regels").EnumerateArray().ToList();
        Assert.Contains(regels, r => r.GetProperty("artikel").GetString() == "art. 21 onder a Participatiewet" && r.GetProperty("bedrag").GetRawText() == "1401.50");
        Assert.Contains(regels, r => r.GetProperty("artikel").GetString() == "art. 31 lid 2 onder n Participatiewet" && r.GetProperty("bedrag").GetRawText() == "-250.00");
        Assert.Equal(("art. 45 lid 1 Participatiewet", "618.92"), (regels[^1].GetProperty("artikel").GetString(), regels[^1].GetProperty("bedrag").GetRawText()));
        Assert.All(regels, r => Assert.EndsWith(" Participatiewet", r.GetProperty("artikel").GetString(), StringComparison.Ordinal));
        Assert.Empty(fout);
    }

    [Fact]
    public async Task Bereken_FromStandardInput_GivesTheSameResult()
    {
        await Socrates("db", "migrate");
        var (code, uit, fout) = await MetStandaardinvoer(VoorbeeldIssue, () => Socrates("bereken"));

        Assert.True(code == 0, fout);
        using var json = JsonDocument.Parse(uit);
        Assert.Equal("618.92", json.RootElement.GetProperty("teBetalen").GetRawText());
    }

    [Fact]
    public async Task Bereken_NoRight_IsExit0WithZerosAndTheReason()
    {
        await Socrates("db", "migrate");
        await File.WriteAllTextAsync(
            _invoer,
            """{ "gemeente": "GM0363", "peildatum": "2026-02-01", "aanvrager": { "geboortedatum": "1990-05-01" }, "vermogen": { "bezittingen": 8000.01 } }""",
            TestContext.Current.CancellationToken);

        var (code, uit, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.True(code == 0, fout);
        using var json = JsonDocument.Parse(uit);
        var root = json.RootElement;
        Assert.False(root.GetProperty("recht").GetBoolean());
        Assert.Equal(
            "Het vermogen (€ 8.000,01) is hoger dan de vermogensgrens voor een alleenstaande (€ 8.000,00) (art. 34 lid 3 onder a Participatiewet).",
            Assert.Single(root.GetProperty("redenenGeenRecht").EnumerateArray()).GetString());
        Assert.Equal(["0.00", "0.00", "0.00"], Betalingen.Select(v => root.GetProperty(v).GetRawText()));
    }

    [Fact]
    public async Task Bereken_APensioner_StillComputesArt22_ButSaysTheSvbIsCompetent()
    {
        await Socrates("db", "migrate");
        await File.WriteAllTextAsync(
            _invoer, """{ "gemeente": "GM0344", "peildatum": "2026-02-01", "aanvrager": { "geboortedatum": "1955-01-10" } }""", TestContext.Current.CancellationToken);

        var (code, uit, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.True(code == 0, fout);
        using var json = JsonDocument.Parse(uit);
        var root = json.RootElement;
        Assert.Equal("1564.69", root.GetProperty("norm").GetRawText());                 // art. 22 onder a, for art. 22a's B and information
        var opmerking = Assert.Single(root.GetProperty("opmerkingen").EnumerateArray()).GetString();
        Assert.StartsWith("De Sociale verzekeringsbank is bevoegd, niet de gemeente", opmerking, StringComparison.Ordinal);
        Assert.Contains("art. 47a lid 1 Participatiewet", opmerking, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bereken_InvalidInput_IsExit2WithADutchMessagePerField()
    {
        await Socrates("db", "migrate");   // the peildatum is checked against the stored normensets
        await File.WriteAllTextAsync(_invoer, """
            { "gemeente": "GM0001", "peildatum": "01-02-2026",
              "aanvrager": { "inInrichting": "nee" },
              "inkomsten": [ { "persoon": "partner", "soort": "loon", "nettoPerMaand": 10.005 } ],
              "vermogen": { "bezittingen": -1 },
              "woonsituatie": "kamer", "maatregelCategorie": 4, "hobby": true }
            """, TestContext.Current.CancellationToken);

        var (code, uit, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.Equal(2, code);
        Assert.Empty(uit);
        Assert.Equal(
        [
            "hobby: dit veld kent socrates bereken niet.",
            "gemeente: GM0001 is geen lid; kies uit GM0363, GM0599, GM0518, GM0344.",
            "peildatum: vul een datum in als jjjj-mm-dd.",
            "aanvrager.geboortedatum: vul een datum in als jjjj-mm-dd.",
            "aanvrager.inInrichting: vul true of false in.",
            "inkomsten[0].persoon: er is geen partner opgegeven.",
            "inkomsten[0].soort: kies uit arbeid, uitkering, alimentatie of overig.",
            "inkomsten[0].nettoPerMaand: gebruik hoogstens twee decimalen (hele centen).",
            "vermogen.bezittingen: een bedrag kan niet negatief zijn.",
            "woonsituatie: kies uit huur, eigenWoning, inwonend of dakloos.",
            "maatregelCategorie: kies 1, 2 of 3, of laat het veld weg.",
        ],
        fout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("{ \"gemeente\": ", "invoer: dit is geen geldig JSON-document")]
    [InlineData("[]", "invoer: vul een JSON-object in.")]
    [InlineData("{ \"gemeente\": \"GM0599\", \"peildatum\": \"2024-12-31\", \"aanvrager\": { \"geboortedatum\": \"1990-05-01\" } }",
        "peildatum: Socrates kent de landelijke normen vanaf 2025-01-01")]
    [InlineData("{ \"gemeente\": \"GM0599\", \"peildatum\": \"2026-02-01\", \"aanvrager\": { \"geboortedatum\": \"2026-03-01\" } }",
        "aanvrager.geboortedatum: de geboortedatum ligt na de peildatum.")]
    [InlineData("{ \"gemeente\": \"GM0599\", \"peildatum\": \"2026-02-01\", \"aanvrager\": { \"geboortedatum\": \"1990-05-01\" }, \"medebewoners\": [ { \"geboortedatum\": \"1980-01-01\", \"overeenkomstMetDerde\": true } ] }",
        "medebewoners[0].overeenkomstMetDerde: kan alleen met commercieleOvereenkomst true.")]
    public async Task Bereken_OtherInvalidInput_IsExit2(string invoer, string melding)
    {
        await Socrates("db", "migrate");   // the peildatum is checked against the stored normensets
        await File.WriteAllTextAsync(_invoer, invoer, TestContext.Current.CancellationToken);

        var (code, _, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.Equal(2, code);
        Assert.StartsWith(melding, fout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"gemeente\": \"GM0599\", \"woonsituatie\": \"\\ud800\" }", "woonsituatie")]
    [InlineData("{ \"gemeente\": \"\\udc00GM0599\" }", "gemeente")]
    [InlineData("{ \"gemeente\": \"GM0599\", \"kinderen\": [ { \"geboortedatum\": \"2020-01-01\" }, \"\\ud800\" ] }", "kinderen[1]")]
    [InlineData("{ \"\\ud83d\": 1 }", "veld 1")]
    public async Task Bereken_ALoneSurrogate_IsExit2WithADutchMessage_NoStackTrace(string invoer, string pad)
    {
        await Socrates("db", "migrate");   // the peildatum is checked against the stored normensets
        await File.WriteAllTextAsync(_invoer, invoer, TestContext.Current.CancellationToken);

        var (code, uit, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.Equal(2, code);
        Assert.Empty(uit);
        Assert.Equal($"{pad}: bevat een ongeldig teken (een losse surrogaat zoals \\ud800); gebruik geldige Unicode-tekst.", fout.Trim());
    }

    [Fact]
    public async Task Bereken_A47MegabyteDocument_IsRefusedUnread_FromAFileAndFromStandardInput()
    {
        var groot = "{ \"kinderen\": [" + string.Join(",", Enumerable.Repeat("{ \"geboortedatum\": \"2020-01-01\" }", 1_500_000)) + "] }";
        Assert.True(groot.Length > 47_000_000);
        await File.WriteAllTextAsync(_invoer, groot, TestContext.Current.CancellationToken);

        var (code, _, fout) = await Socrates("bereken", "--input", _invoer);
        var (codeInvoer, _, foutInvoer) = await MetStandaardinvoer(groot, () => Socrates("bereken"));

        Assert.Equal((2, 2), (code, codeInvoer));
        Assert.Equal(global::Socrates.Cli.Opdrachten.BerekenOpdracht.TeGroot, fout.Trim());
        Assert.Equal(global::Socrates.Cli.Opdrachten.BerekenOpdracht.TeGroot, foutInvoer.Trim());
    }

    [Fact]
    public async Task Bereken_MissingInputFile_IsExit2()
    {
        var (code, _, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.Equal(2, code);
        Assert.Contains("--input: het bestand", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bereken_DatabaseNotMigrated_IsExit1WithWhatToDo()
    {
        await File.WriteAllTextAsync(_invoer, VoorbeeldIssue, TestContext.Current.CancellationToken);

        var (code, uit, fout) = await Socrates("bereken", "--input", _invoer);

        Assert.Equal(1, code);
        Assert.Empty(uit);
        Assert.Contains("voer eerst 'socrates db migrate' uit", fout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var pad in new[] { _bestand, _bestand + "-wal", _bestand + "-shm", _invoer })
        {
            File.Delete(pad);
        }
    }

    /// <summary>Console.In is process-wide: swapped for this one call and put back.</summary>
    private static async Task<(int Code, string Uit, string Fout)> MetStandaardinvoer(string invoer, Func<Task<(int, string, string)>> actie)
    {
        var origineel = Console.In;
        Console.SetIn(new StringReader(invoer));
        try
        {
            return await actie();
        }
        finally
        {
            Console.SetIn(origineel);
        }
    }

    private async Task<(int Code, string Uit, string Fout)> Socrates(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var code = await SocratesCli.UitvoerenAsync(args, uit, fout, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_bestand}",
        });
        return (code, uit.ToString(), fout.ToString());
    }
}
