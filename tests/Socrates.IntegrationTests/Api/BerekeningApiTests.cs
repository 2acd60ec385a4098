using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// POST /api/v1/berekening: the contract of <c>socrates bereken</c> (docs/bereken.md) with the koppeling's own gemeente. The
/// example of the CLI's tests, worked by hand: Rotterdam, an alleenstaande of 35 with € 1.000 net from work in February 2026:
/// norm € 1.401,50 (art. 21 onder a), arbeidsvrijlating 25 % of € 1.000 = € 250 (art. 31 lid 2 onder n, at most € 275,
/// docs/domain-reference), so € 750 counts; bijstand € 1.401,50 − € 750 = € 651,50 of which 5 % (€ 32,58) is vakantietoeslag
/// reserved (art. 19 lid 3), to pay € 618,92.
/// </summary>
public sealed class BerekeningApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Voorbeeld = """
        { "gemeente": "GM0599", "peildatum": "2026-02-01",
          "aanvrager": { "geboortedatum": "1990-05-01", "inInrichting": false },
          "inkomsten": [ { "persoon": "aanvrager", "soort": "arbeid", "nettoPerMaand": 1000.00 } ],
          "vermogen": { "bezittingen": 0.00, "schulden": 0.00 },
          "woonsituatie": "huur" }
        """;

    private static readonly string Recht = ApiRecht.Van("berekening", ApiRecht.Lezen);
    private static readonly string[] Totalen = ["norm", "inkomenInAanmerking", "vrijlating", "bijstand", "vakantietoeslag", "teBetalen"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HetVoorbeeld_GeeftHetUitvoerdocumentVanDeCli_InDezelfdeVolgordeEnMetTweeDecimalen()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, Recht);

        var antwoord = await client.PostAsync("/api/v1/berekening", Json(Voorbeeld), Ct);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        var root = (await antwoord.Content.ReadFromJsonAsync<JsonElement>(Ct));
        Assert.Equal(
            ["recht", "redenenGeenRecht", "kostendelers", "norm", "inkomenInAanmerking", "vrijlating", "bijstand", "vakantietoeslag", "teBetalen", "regels", "opmerkingen"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["1401.50", "750.00", "250.00", "651.50", "32.58", "618.92"],
            Totalen.Select(v => root.GetProperty(v).GetRawText()));
        var laatste = root.GetProperty("regels").EnumerateArray().Last();
        Assert.Equal(("art. 45 lid 1 Participatiewet", "618.92"), (laatste.GetProperty("artikel").GetString(), laatste.GetProperty("bedrag").GetRawText()));
    }

    [Fact]
    public async Task OngeldigeVelden_Geven422MetPerJsonPadDeMeldingVanDeCli()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Teamleider, Recht);

        var antwoord = await client.PostAsync("/api/v1/berekening", Json("""
            { "gemeente": "GM0599", "peildatum": "01-02-2026", "aanvrager": { "geboortedatum": "1990-05-01" },
              "inkomsten": [ { "persoon": "partner", "soort": "arbeid", "nettoPerMaand": 10 } ], "hobby": true }
            """), Ct);

        var fouten = (await ApiTests.AssertProbleemAsync(antwoord, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal("vul een datum in als jjjj-mm-dd.", fouten.GetProperty("peildatum")[0].GetString());
        Assert.Equal("er is geen partner opgegeven.", fouten.GetProperty("inkomsten[0].persoon")[0].GetString());
        Assert.Equal("dit veld kent socrates bereken niet.", fouten.GetProperty("hobby")[0].GetString());
    }

    [Fact]
    public async Task EenAndereGemeenteInHetDocument_Geeft422OpGemeente()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, Recht);

        var antwoord = await client.PostAsync("/api/v1/berekening", Json(Voorbeeld), Ct);

        var fouten = (await ApiTests.AssertProbleemAsync(antwoord, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.Equal("u rekent met de regels van uw eigen gemeente (GM0363); vul die code in.", fouten.GetProperty("gemeente")[0].GetString());
    }

    [Fact]
    public async Task GeenJson_Geeft422OpInvoer()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, Recht);

        var antwoord = await client.PostAsync("/api/v1/berekening", Json("{ \"gemeente\": "), Ct);

        var fouten = (await ApiTests.AssertProbleemAsync(antwoord, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.StartsWith("dit is geen geldig JSON-document", fouten.GetProperty("invoer")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeerDanEenMegabyte_Geeft413()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, Recht);

        var antwoord = await client.PostAsync("/api/v1/berekening", Json("{ \"x\": \"" + new string('a', 1_000_001) + "\" }"), Ct);

        await ApiTests.AssertProbleemAsync(antwoord, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ZonderHetRecht_Geeft403()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, ApiRecht.Van("aanvragen", ApiRecht.Lezen));

        var probleem = await ApiTests.AssertProbleemAsync(await client.PostAsync("/api/v1/berekening", Json(Voorbeeld), Ct), HttpStatusCode.Forbidden);
        Assert.Contains("berekening:lezen", probleem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static StringContent Json(string tekst) => new(tekst, Encoding.UTF8, "application/json");
}
