using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// The API's part of the role × gemeente matrix: who may call which route, written down here and not read from the app. Every
/// route under /api must be in the table; each is called by a koppeling of every role that holds every right. A role the
/// table does not name gets 403 (the command's own [Vereist], through the mediator); a named role gets past the gate (any
/// answer but 401, 403 or 500); a koppeling of another gemeente asking for this gemeente's record gets 404.
/// </summary>
public sealed class ApiMatrixTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static readonly string[] Dossiers = [Rol.Consulent, Rol.Teamleider];

    private static readonly Dictionary<string, string[]> Wie = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/personen/zoeken"] = Dossiers,
        ["POST /api/v1/personen"] = [Rol.Consulent],
        ["POST /api/v1/aanvragen/meldingen"] = [Rol.Consulent],
        ["GET /api/v1/aanvragen/{id:int}"] = Dossiers,
    };

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

        var (_, consulent) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, alles);
        var persoon = (await (await consulent.PostAsJsonAsync("/api/v1/personen", Inschrijving(), Ct)).Content.ReadFromJsonAsync<IdAntwoord>(Ct))!.Id;
        var aanvraag = (await (await consulent.PostAsJsonAsync("/api/v1/aanvragen/meldingen", Melding(persoon), Ct)).Content.ReadFromJsonAsync<IdAntwoord>(Ct))!.Id;
        var afwijkingen = new List<string>();
        foreach (var (route, rollen) in Wie)
        {
            foreach (var (rol, client) in clients)
            {
                using var antwoord = await StuurAsync(client, route, persoon, aanvraag);
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
        using (var vreemd = await StuurAsync(utrecht, "GET /api/v1/aanvragen/{id:int}", persoon, aanvraag))
        {
            if (vreemd.StatusCode != HttpStatusCode.NotFound)
            {
                afwijkingen.Add($"GET /api/v1/aanvragen/{{id}} van Amsterdam als Utrecht: {(int)vreemd.StatusCode}, verwacht 404");
            }
        }

        using (var vreemd = await StuurAsync(utrecht, "POST /api/v1/aanvragen/meldingen", persoon, aanvraag))
        {
            if (vreemd.StatusCode != HttpStatusCode.NotFound)
            {
                afwijkingen.Add($"POST /api/v1/aanvragen/meldingen voor een Amsterdamse persoon als Utrecht: {(int)vreemd.StatusCode}, verwacht 404");
            }
        }

        Assert.True(afwijkingen.Count == 0, string.Join(Environment.NewLine, afwijkingen));
    }

    private static Task<HttpResponseMessage> StuurAsync(HttpClient client, string route, int persoon, int aanvraag) => route switch
    {
        "POST /api/v1/personen/zoeken" => client.PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn = TestData.NieuwBsn() }, Ct),
        "POST /api/v1/personen" => client.PostAsJsonAsync("/api/v1/personen", Inschrijving(), Ct),
        "POST /api/v1/aanvragen/meldingen" => client.PostAsJsonAsync("/api/v1/aanvragen/meldingen", Melding(persoon), Ct),
        "GET /api/v1/aanvragen/{id:int}" => client.GetAsync(new Uri($"/api/v1/aanvragen/{aanvraag}", UriKind.Relative), Ct),
        _ => throw new InvalidOperationException($"Geen verzoek voor {route}: voeg het toe aan ApiMatrixTests."),
    };

    private static object Inschrijving() => new
    {
        bsn = TestData.NieuwBsn(), voornamen = "Sem", achternaam = "Bakker", geboortedatum = "1985-01-31", straat = "Dam", huisnummer = 1,
        postcode = "1012 JS", woonplaats = "Amsterdam",
    };

    private static object Melding(int persoon) =>
        new { persoonId = persoon, meldingsdatum = Testtijd.Vandaag.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    private sealed record IdAntwoord(int Id);
}
