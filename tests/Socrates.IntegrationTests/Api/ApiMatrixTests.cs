using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// The API's part of the role × gemeente matrix: who may call which route, written down here and not read from the app. Every
/// route under /api must be in the table; each is called by a koppeling of every role that holds every right. A role the
/// table does not name gets 403 (the command's own [Vereist], through the mediator); a named role gets past the gate (any
/// answer but 401, 403 or 500); a koppeling of another gemeente asking for this gemeente's record gets 404.
/// </summary>
public sealed class ApiMatrixTests(ApiOvergangApp app) : IClassFixture<ApiOvergangApp>
{
    private static readonly string[] Dossiers = [Rol.Consulent, Rol.Teamleider];

    private static readonly Dictionary<string, string[]> Wie = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/personen/zoeken"] = Dossiers,
        ["POST /api/v1/personen"] = [Rol.Consulent],
        ["POST /api/v1/aanvragen/meldingen"] = [Rol.Consulent],
        ["GET /api/v1/aanvragen/{id:int}"] = Dossiers,
        ["POST /api/v1/aanvragen/{id:int}/indienen"] = [Rol.Consulent],
        ["PUT /api/v1/aanvragen/{id:int}/partner"] = [Rol.Consulent],
        ["POST /api/v1/aanvragen/{id:int}/kinderen"] = [Rol.Consulent],
        ["POST /api/v1/aanvragen/{id:int}/medebewoners"] = [Rol.Consulent],
        ["PUT /api/v1/aanvragen/{id:int}/woonsituatie"] = [Rol.Consulent],
        ["POST /api/v1/aanvragen/{id:int}/inkomsten"] = [Rol.Consulent],
        ["POST /api/v1/aanvragen/{id:int}/bezittingen"] = [Rol.Consulent],
        ["PUT /api/v1/aanvragen/{id:int}/vermogen"] = [Rol.Consulent],
        ["GET /api/v1/aanvragen/{id:int}/huishouden"] = Dossiers,
        ["GET /api/v1/aanvragen/{id:int}/betalingen"] = Dossiers,
        ["POST /api/v1/berekening"] = Dossiers,
        ["GET /api/v1/toekenningen"] = Dossiers,
        ["GET /api/v1/toekenningen/{id:int}"] = Dossiers,
        ["POST /api/v1/terugvorderingen"] = Dossiers,
        ["GET /api/v1/terugvorderingen/{id:int}"] = Dossiers,
        ["GET /api/v1/betaalruns"] = [Rol.Teamleider],
        ["GET /api/v1/betaalruns/{maand}"] = [Rol.Teamleider],
        ["GET /api/v1/beoordelingen"] = [Rol.Teamleider],
        ["POST /api/v1/beoordelingen/goedkeuren"] = [Rol.Teamleider],
    };

    /// <summary>The routes that name a record of the gemeente: another gemeente's koppeling gets 404 for Amsterdam's.</summary>
    private static readonly string[] MetEigenRecord =
    [
        "POST /api/v1/aanvragen/meldingen", "GET /api/v1/aanvragen/{id:int}", "POST /api/v1/aanvragen/{id:int}/indienen", "PUT /api/v1/aanvragen/{id:int}/partner",
        "POST /api/v1/aanvragen/{id:int}/kinderen", "POST /api/v1/aanvragen/{id:int}/medebewoners", "PUT /api/v1/aanvragen/{id:int}/woonsituatie",
        "POST /api/v1/aanvragen/{id:int}/inkomsten", "POST /api/v1/aanvragen/{id:int}/bezittingen", "PUT /api/v1/aanvragen/{id:int}/vermogen",
        "GET /api/v1/aanvragen/{id:int}/huishouden", "GET /api/v1/aanvragen/{id:int}/betalingen", "GET /api/v1/toekenningen/{id:int}",
        "POST /api/v1/terugvorderingen", "GET /api/v1/terugvorderingen/{id:int}", "GET /api/v1/betaalruns/{maand}", "POST /api/v1/beoordelingen/goedkeuren",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryApiRoute_IsInTheTable()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Wie.Keys.Order(StringComparer.Ordinal), routes);
    }

    [Fact]
    public async Task EveryRoute_AnswersEachRoleAndGemeente_AsTheTableSays()
    {
        var alles = ApiRecht.Alle.ToArray();
        var clients = new List<(string Rol, HttpClient Client)>();
        foreach (var rol in ApiKoppeling.Rollen)
        {
            clients.Add((rol, (await app.KoppelingAsync(Leden.Amsterdam, rol, alles)).Client));
        }

        var (_, maand) = await app.ProefrunAsync(Leden.Amsterdam);            // before any toekenning: a run without lines
        var (_, consulent) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, alles);
        var persoon = await IdAsync(await consulent.PostAsJsonAsync("/api/v1/personen", Inschrijving(), Ct));
        var aanvraag = await IdAsync(await consulent.PostAsJsonAsync("/api/v1/aanvragen/meldingen", Melding(persoon), Ct));
        var (toekenning, _, toegekend) = await app.ActieveToekenningAsync(Leden.Amsterdam);
        var vordering = await IdAsync(await consulent.PostAsJsonAsync("/api/v1/terugvorderingen", Vordering(toekenning), Ct));
        var d = new Gegevens(persoon, aanvraag, toekenning, toegekend, vordering, maand.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        var afwijkingen = new List<string>();
        foreach (var (route, rollen) in Wie)
        {
            foreach (var (rol, client) in clients)
            {
                using var antwoord = await StuurAsync(client, route, d);
                var toegelaten = rollen.Contains(rol, StringComparer.Ordinal);
                var goed = toegelaten
                    ? antwoord.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError)
                    : antwoord.StatusCode == HttpStatusCode.Forbidden;
                if (!goed)
                {
                    afwijkingen.Add($"{route} als {rol}: {(int)antwoord.StatusCode}, verwacht {(toegelaten ? "toegelaten" : "403")}");
                }
            }
        }

        var (_, utrecht) = await app.KoppelingAsync(Leden.Utrecht, Rol.Consulent, alles);
        var (_, utrechtLeider) = await app.KoppelingAsync(Leden.Utrecht, Rol.Teamleider, alles);
        foreach (var route in MetEigenRecord)
        {
            using var vreemd = await StuurAsync(Wie[route].Contains(Rol.Consulent) ? utrecht : utrechtLeider, route, d);
            if (vreemd.StatusCode != HttpStatusCode.NotFound)
            {
                afwijkingen.Add($"{route} met Amsterdamse gegevens als Utrecht: {(int)vreemd.StatusCode}, verwacht 404");
            }
        }

        Assert.True(afwijkingen.Count == 0, string.Join(Environment.NewLine, afwijkingen));
    }

    private static Task<HttpResponseMessage> StuurAsync(HttpClient client, string route, Gegevens d)
    {
        var pad = route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..].Replace("{id:int}", (route switch
        {
            _ when route.Contains("/toekenningen/", StringComparison.Ordinal) => d.Toekenning,
            _ when route.Contains("/terugvorderingen/", StringComparison.Ordinal) => d.Vordering,
            _ when route.EndsWith("/betalingen", StringComparison.Ordinal) => d.Toegekend,
            _ => d.Aanvraag,
        }).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{maand}", d.Maand, StringComparison.Ordinal);
        var uri = new Uri(pad, UriKind.Relative);
        object? inhoud = route switch
        {
            "POST /api/v1/personen/zoeken" => new { bsn = TestData.NieuwBsn() },
            "POST /api/v1/personen" => Inschrijving(),
            "POST /api/v1/aanvragen/meldingen" => Melding(d.Persoon),
            "POST /api/v1/aanvragen/{id:int}/indienen" => new { versie = 1, ontvangstdatum = Datum(-1) },
            "PUT /api/v1/aanvragen/{id:int}/partner" => new { versie = 1, relatie = "Gehuwd", bsn = TestData.NieuwBsn(), voornamen = "Eva", achternaam = "Bakker", geboortedatum = "1986-02-01" },
            "POST /api/v1/aanvragen/{id:int}/kinderen" => new { versie = 1, voornaam = "Noor", geboortedatum = Datum(-3000) },
            "POST /api/v1/aanvragen/{id:int}/medebewoners" => new { versie = 1, naam = "Kees Bakker", geboortedatum = "1960-01-01" },
            "PUT /api/v1/aanvragen/{id:int}/woonsituatie" => new { versie = 1, woonsituatie = "Huur", woonkosten = 700.00m },
            "POST /api/v1/aanvragen/{id:int}/inkomsten" => new { versie = 1, van = "Aanvrager", soort = "Arbeid", nettoPerMaand = 300.00m, vanaf = Datum(-10) },
            "POST /api/v1/aanvragen/{id:int}/bezittingen" => new { versie = 1, soort = "Spaarrekening", omschrijving = "ING", waarde = 1000.00m },
            "PUT /api/v1/aanvragen/{id:int}/vermogen" => new { versie = 1, schulden = 0m },
            "POST /api/v1/berekening" => new { gemeente = Leden.Amsterdam.Code.Waarde, peildatum = "2026-02-01", aanvrager = new { geboortedatum = "1990-05-01" } },
            "POST /api/v1/terugvorderingen" => Vordering(d.Toekenning),
            "POST /api/v1/beoordelingen/goedkeuren" => new { soort = "Terugvordering", id = d.Vordering, versie = 1 },
            _ when route.StartsWith("GET ", StringComparison.Ordinal) => null,
            _ => throw new InvalidOperationException($"Geen verzoek voor {route}: voeg het toe aan ApiMatrixTests."),
        };
        return route.Split(' ')[0] switch
        {
            "GET" => client.GetAsync(uri, Ct),
            "PUT" => client.PutAsJsonAsync(uri, inhoud, Ct),
            _ => client.PostAsJsonAsync(uri, inhoud, Ct),
        };
    }

    /// <summary>The id of a record just made (201), so the routes are called on real records.</summary>
    private static async Task<int> IdAsync(HttpResponseMessage antwoord) => (await antwoord.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static string Datum(int dagen) => Testtijd.Vandaag.AddDays(dagen).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object Vordering(int toekenning) => new
    {
        toekenningId = toekenning, grond = "Lid2aAnderszinsTeHoog", motivering = "Inkomsten uit werk zijn niet gemeld.",
        maanden = new[] { new { maand = Maand.Van(Testtijd.Vandaag).ToString(), bedrag = 600.00m } },
    };

    private static object Inschrijving() => new
    {
        bsn = TestData.NieuwBsn(), voornamen = "Sem", achternaam = "Bakker", geboortedatum = "1985-01-31", straat = "Dam", huisnummer = 1,
        postcode = "1012 JS", woonplaats = "Amsterdam",
    };

    private static object Melding(int persoon) =>
        new { persoonId = persoon, meldingsdatum = Testtijd.Vandaag.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Amsterdam's records the routes are called on.</summary>
    private sealed record Gegevens(int Persoon, int Aanvraag, int Toekenning, int Toegekend, int Vordering, string Maand);
}
