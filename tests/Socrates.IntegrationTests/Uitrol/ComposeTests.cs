using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Socrates.IntegrationTests.Uitrol;

/// <summary>
/// docker-compose.yml without Docker (issue #17): valid against the Compose specification's schema; SQL Server and the app
/// with health checks the next service waits for; the app reachable only through the TLS proxy, which forwards to its port.
/// </summary>
public sealed class ComposeTests
{
    private static readonly Lazy<JsonObject> Bestand = new(() => Json(Yaml(File.ReadAllText(Pad()))) as JsonObject ?? throw new InvalidOperationException("docker-compose.yml is geen object."));

    [Fact]
    public void HetBestand_VoldoetAanHetSchemaVanDeComposeSpecificatie()
    {
        if (ComposeSchema.Lees() is not { } tekst)
        {
            Assert.SkipUnless(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, $"Geen npm om {ComposeSchema.Pakket} te halen; in CI zet .ci/run het klaar.");
            Assert.Fail($"Het schema ({ComposeSchema.Pakket}) ontbreekt in CI: .ci/run haalt het met npm.");
            return;
        }

        var schema = JsonSchema.FromText(ComposeSchema.Voorbereid(tekst).ToJsonString());
        var uitkomst = schema.Evaluate(JsonDocument.Parse(Bestand.Value.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(uitkomst.IsValid, string.Join(Environment.NewLine, (uitkomst.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));

        var fout = (JsonObject)Bestand.Value.DeepClone();
        fout["services"]!["web"]!["healthcheck"]!["retries"] = "drie";
        Assert.False(schema.Evaluate(JsonDocument.Parse(fout.ToJsonString()).RootElement).IsValid, "het schema keurt alles goed");
    }

    [Fact]
    public void SqlServerEnDeApp_HebbenEenGezondheidscontrole_WaarDeVolgendeOpWacht()
    {
        var diensten = Bestand.Value["services"]!.AsObject();

        foreach (var naam in new[] { "sqlserver", "web" })
        {
            var controle = diensten[naam]!["healthcheck"]!.AsObject();
            Assert.True(controle["test"] is JsonArray { Count: > 1 }, $"{naam}: geen test");
            Assert.True(controle["retries"]!.GetValue<long>() >= 3, $"{naam}: te weinig pogingen");
            Assert.Matches(new Regex("^[0-9]+s$"), controle["interval"]!.GetValue<string>());
            Assert.Matches(new Regex("^[0-9]+s$"), controle["start_period"]!.GetValue<string>());
        }

        Assert.Contains("/health/ready", string.Join(' ', diensten["web"]!["healthcheck"]!["test"]!.AsArray().Select(t => t!.GetValue<string>())), StringComparison.Ordinal);
        Assert.Equal("service_healthy", diensten["web"]!["depends_on"]!["sqlserver"]!["condition"]!.GetValue<string>());
        Assert.Equal("service_healthy", diensten["proxy"]!["depends_on"]!["web"]!["condition"]!.GetValue<string>());
    }

    [Fact]
    public void DeApp_IsAlleenBereikbaarViaDeTlsProxy_DieNaarHaarPoortDoorstuurt()
    {
        var diensten = Bestand.Value["services"]!.AsObject();
        var web = diensten["web"]!.AsObject();
        var proxy = diensten["proxy"]!.AsObject();

        Assert.False(web.ContainsKey("ports"), "de app publiceert een poort: dan bereikt men haar zonder TLS, en zij vertrouwt X-Forwarded-*");
        Assert.Equal("true", web["environment"]!["ASPNETCORE_FORWARDEDHEADERS_ENABLED"]!.GetValue<string>());
        var poort = Regex.Match(web["environment"]!["ASPNETCORE_URLS"]!.GetValue<string>(), ":([0-9]+)$").Groups[1].Value;
        var opdracht = proxy["command"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Equal($"http://web:{poort}", opdracht[opdracht.IndexOf("--to") + 1]);
        Assert.StartsWith("https://", opdracht[opdracht.IndexOf("--from") + 1], StringComparison.Ordinal);
        Assert.All(proxy["ports"]!.AsArray(), p => Assert.StartsWith("127.0.0.1:", p!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains(proxy["ports"]!.AsArray(), p => p!.GetValue<string>().EndsWith(":443", StringComparison.Ordinal));
        Assert.StartsWith("${SOCRATES_BASISURL:-https://", web["environment"]!["Socrates__BasisUrl"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Pad()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Socrates.sln")))
        {
            map = map.Parent;
        }

        return Path.Combine(map?.FullName ?? throw new InvalidOperationException("Socrates.sln niet gevonden."), "docker-compose.yml");
    }

    private static YamlNode Yaml(string tekst)
    {
        var stroom = new YamlStream();
        stroom.Load(new StringReader(tekst));
        return stroom.Documents.Single().RootNode;
    }

    /// <summary>YAML as JSON: a plain scalar that reads as a number, true/false or null is one (as Compose reads it); a quoted one is text.</summary>
    private static JsonNode? Json(YamlNode knoop) => knoop switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Json(p.Value)))),
        YamlSequenceNode lijst => new JsonArray([.. lijst.Children.Select(Json)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var waarde } => waarde switch
        {
            null or "" or "null" or "~" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(waarde, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var getal) => JsonValue.Create(getal),
            _ => JsonValue.Create(waarde),
        },
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new InvalidOperationException($"Onbekend YAML-knooppunt {knoop.NodeType}."),
    };
}
