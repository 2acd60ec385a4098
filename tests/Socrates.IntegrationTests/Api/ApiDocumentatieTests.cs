using System.Net;
using System.Text.Json;
using Microsoft.OpenApi;
using Socrates.Web.Configuration;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// The OpenAPI document reads back without errors through Microsoft.OpenApi, every $ref resolves, every operation says its
/// right and answers problems; the interactive page exists in Development only, with its own (looser) style policy.
/// </summary>
public sealed class ApiDocumentatieTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task HetDocument_LeestZonderFouten_EnElkeVerwijzingBestaat()
    {
        var tekst = await app.NieuweClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), ApiVerzoeken.Ct);

        using var stroom = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(tekst));
        var gelezen = await OpenApiDocument.LoadAsync(stroom, "json", cancellationToken: ApiVerzoeken.Ct);
        Assert.True(gelezen.Diagnostic?.Errors.Count is null or 0, string.Join(Environment.NewLine, gelezen.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = Assert.IsType<OpenApiDocument>(gelezen.Document);
        Assert.Equal(23, document.Paths.Sum(p => p.Value.Operations?.Count ?? 0));

        using var json = JsonDocument.Parse(tekst);
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        var verwijzingen = Verwijzingen(json.RootElement).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(verwijzingen);
        Assert.All(verwijzingen, v =>
        {
            Assert.StartsWith("#/components/schemas/", v, StringComparison.Ordinal);
            Assert.True(schemas.TryGetProperty(v["#/components/schemas/".Length..], out _), $"{v} bestaat niet");
        });
        foreach (var pad in json.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operatie in pad.Value.EnumerateObject())
            {
                Assert.Contains("Vereist recht: ", operatie.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(operatie.Value.GetProperty("summary").GetString()), $"{operatie.Name} {pad.Name} heeft geen samenvatting");
            }
        }
    }

    [Fact]
    public async Task DeInteractievePagina_BestaatNietBuitenDevelopment()
    {
        var antwoord = await app.NieuweClient().GetAsync(new Uri("/openapi/index.html", UriKind.Relative), ApiVerzoeken.Ct);

        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(BeveiligingsHeaders.ContentSecurityPolicy, antwoord.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static IEnumerable<string> Verwijzingen(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "$ref" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Verwijzingen(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Verwijzingen),
        _ => [],
    };
}

/// <summary>The interactive page in Development: Swagger UI on the document, its style allowed inline on that page alone.</summary>
public sealed class ApiDocumentatieOntwikkelTests(ApiOntwikkelApp app) : IClassFixture<ApiOntwikkelApp>
{
    [Fact]
    public async Task InDevelopment_ToontDePaginaHetDocument_MetEenEigenBeleidAlleenDaar()
    {
        var client = app.NieuweClient();

        var pagina = await client.GetAsync(new Uri("/openapi/index.html", UriKind.Relative), ApiVerzoeken.Ct);
        var start = await client.GetAsync(new Uri("/Account/Inloggen", UriKind.Relative), ApiVerzoeken.Ct);

        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
        Assert.Contains("swagger-ui", await pagina.Content.ReadAsStringAsync(ApiVerzoeken.Ct), StringComparison.Ordinal);
        Assert.Equal(BeveiligingsHeaders.ContentSecurityPolicyApiDocumentatie, pagina.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(BeveiligingsHeaders.ContentSecurityPolicy, start.Headers.GetValues("Content-Security-Policy").Single());
        var configuratie = await client.GetStringAsync(new Uri("/openapi/index.js", UriKind.Relative), ApiVerzoeken.Ct);
        Assert.Contains("/openapi/v1.json", configuratie, StringComparison.Ordinal);
    }
}
