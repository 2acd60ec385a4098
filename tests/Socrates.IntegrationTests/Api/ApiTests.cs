using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Beheer.ApiKoppelingen.Details;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// The JSON API through the real app (docs/api.md): a koppeling's key signs in for one gemeente and role; rights, roles and the
/// gemeente filter are enforced; refusals are problems with the pages' own Dutch messages; an Idempotency-Key creates nothing twice.
/// </summary>
public sealed class ApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static readonly string PersonenLezen = ApiRecht.Van("personen", ApiRecht.Lezen);
    private static readonly string PersonenSchrijven = ApiRecht.Van("personen", ApiRecht.Schrijven);
    private static readonly string AanvragenLezen = ApiRecht.Van("aanvragen", ApiRecht.Lezen);
    private static readonly string AanvragenSchrijven = ApiRecht.Van("aanvragen", ApiRecht.Schrijven);

    [Fact]
    public async Task ZonderSleutel_Geeft401AlsProbleemMetBearerUitdaging()
    {
        var antwoord = await app.NieuweClient().PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn = TestData.NieuwBsn() }, Ct);

        await AssertProbleemAsync(antwoord, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", antwoord.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task EenVerzonnenSleutel_Geeft401()
    {
        var client = app.MetSleutel("socr_aaaaaaaaaaaa_" + new string('x', 43));

        await AssertProbleemAsync(await client.GetAsync("/api/v1/aanvragen/1", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EenIngetrokkenKoppeling_Geeft401_VanafDeVolgendeAanroep()
    {
        var (id, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, PersonenLezen);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn = TestData.NieuwBsn() }, Ct)).StatusCode);

        await using (var beheerder = app.AlsGebruiker(Rol.Beheerder, Leden.Amsterdam))
        {
            var versie = await app.InDatabaseAsync(db => db.ApiKoppelingen.IgnoreQueryFilters().Where(k => k.Id == id).Select(k => k.Versie).SingleAsync());
            await beheerder.Send(new ApiKoppelingIntrekken { Id = id, Versie = versie });
        }

        await AssertProbleemAsync(await client.PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn = TestData.NieuwBsn() }, Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeCookieVanEenIngelogdeGebruiker_TeltNietOpApi()
    {
        var consulent = await app.LoginAsync(Rol.Consulent, Leden.Amsterdam);
        Assert.Equal(HttpStatusCode.OK, (await consulent.GetAsync("/Werkvoorraad", Ct)).StatusCode);

        await AssertProbleemAsync(await consulent.PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn = TestData.NieuwBsn() }, Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PersoonRegistreren_Geeft201_DanVindtZoekenOpBsnHem_EnDeAuditNoemtDeKoppeling()
    {
        var (id, client) = await app.KoppelingAsync(Leden.Utrecht, Rol.Consulent, PersonenLezen, PersonenSchrijven);
        var bsn = TestData.NieuwBsn();

        var antwoord = await client.PostAsJsonAsync("/api/v1/personen", Inschrijving(bsn), Ct);

        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var persoon = (await antwoord.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/personen/{persoon}", antwoord.Headers.Location!.OriginalString);
        var nogmaals = await client.PostAsJsonAsync("/api/v1/personen", Inschrijving(bsn), Ct);
        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        Assert.True((await nogmaals.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("bestondAl").GetBoolean());

        var gevonden = await (await client.PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var rij = Assert.Single(gevonden.EnumerateArray());
        Assert.Equal((persoon, "Fenna de Wit"), (rij.GetProperty("id").GetInt32(), rij.GetProperty("naam").GetString()));
        Assert.DoesNotContain(bsn, rij.GetRawText(), StringComparison.Ordinal);

        var audit = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(a => a.Actie == "PersoonRegistreren" && a.EntiteitId == persoon.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Equal(($"api-koppeling:{id}", AuditUitkomst.Geslaagd, Leden.Utrecht.Code), (audit[0].GebruikerId, audit[0].Uitkomst, audit[0].Gemeente));
    }

    [Fact]
    public async Task OngeldigeInvoer_Geeft422MetDeMeldingenPerVeld_EnBewaartNiets()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Utrecht, Rol.Consulent, PersonenSchrijven);
        var voor = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync());

        var antwoord = await client.PostAsJsonAsync("/api/v1/personen", Inschrijving("123456789") with { Voornamen = "", Postcode = "12345" }, Ct);

        var probleem = await AssertProbleemAsync(antwoord, HttpStatusCode.UnprocessableEntity);
        var fouten = probleem.GetProperty("errors");
        Assert.Contains("BSN", fouten.GetProperty("bsn")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Vul de voornamen in", fouten.GetProperty("voornamen")[0].GetString(), StringComparison.Ordinal);
        Assert.True(fouten.TryGetProperty("postcode", out _));
        Assert.Equal(voor, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task OnleesbareJson_Geeft400AlsProbleem()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Utrecht, Rol.Consulent, PersonenSchrijven);

        var antwoord = await client.PostAsync("/api/v1/personen", new StringContent("{\"bsn\": 12,", System.Text.Encoding.UTF8, "application/json"), Ct);

        await AssertProbleemAsync(antwoord, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ZonderHetRecht_Geeft403()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, PersonenLezen);

        var probleem = await AssertProbleemAsync(await client.PostAsJsonAsync("/api/v1/personen", Inschrijving(TestData.NieuwBsn()), Ct), HttpStatusCode.Forbidden);
        Assert.Contains("personen:schrijven", probleem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EenRolDieDeOpdrachtNietMag_Geeft403_EnDeAuditNoemtDeWeigering()
    {
        var (id, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.AdministratiefMedewerker, PersonenLezen);

        await AssertProbleemAsync(await client.PostAsJsonAsync("/api/v1/personen/zoeken", new { bsn = TestData.NieuwBsn() }, Ct), HttpStatusCode.Forbidden);

        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .AnyAsync(a => a.GebruikerId == $"api-koppeling:{id}" && a.Actie == "PersonenZoeken" && a.Uitkomst == AuditUitkomst.Geweigerd)));
    }

    [Fact]
    public async Task EenAanvraagVanEenAndereGemeente_Geeft404()
    {
        var (amsterdamId, amsterdam) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, PersonenSchrijven, AanvragenSchrijven, AanvragenLezen);
        var (utrechtId, utrecht) = await app.KoppelingAsync(Leden.Utrecht, Rol.Consulent, AanvragenLezen);
        var aanvraag = await MeldingAsync(amsterdam, null);

        Assert.Equal(HttpStatusCode.OK, (await amsterdam.GetAsync($"/api/v1/aanvragen/{aanvraag}", Ct)).StatusCode);
        await AssertProbleemAsync(await utrecht.GetAsync($"/api/v1/aanvragen/{aanvraag}", Ct), HttpStatusCode.NotFound);

        // Each read is on the trail of its own gemeente, as its koppeling: found, and refused.
        var sleutel = aanvraag.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gelezen = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(a => a.Actie == "ApiOpgevraagd" && a.EntiteitType == "Aanvraag" && a.EntiteitId == sleutel)
            .Select(a => new { a.GebruikerId, a.Gemeente, a.Uitkomst }).ToListAsync());
        Assert.Equal(2, gelezen.Count);
        Assert.Contains(gelezen, a => a.GebruikerId == $"api-koppeling:{amsterdamId}" && a.Gemeente == Leden.Amsterdam.Code && a.Uitkomst == AuditUitkomst.Geslaagd);
        Assert.Contains(gelezen, a => a.GebruikerId == $"api-koppeling:{utrechtId}" && a.Gemeente == Leden.Utrecht.Code && a.Uitkomst == AuditUitkomst.Geweigerd);
    }

    [Fact]
    public async Task EenMelding_IsTeLezenMetStatusGemeld()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, PersonenSchrijven, AanvragenSchrijven, AanvragenLezen);
        var aanvraag = await MeldingAsync(client, null);

        var status = await (await client.GetAsync($"/api/v1/aanvragen/{aanvraag}", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(("Gemeld", DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            (status.GetProperty("status").GetString(), status.GetProperty("meldingsdatum").GetString()));
    }

    [Fact]
    public async Task DezelfdeIdempotencyKey_GeeftHetEersteAntwoord_EnMaaktNietsTweeKeer()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, PersonenSchrijven, AanvragenSchrijven);
        var persoon = await PersoonAsync(client);
        var sleutel = Guid.NewGuid().ToString();

        var eerste = await MeldingAsync(client, sleutel, persoon);
        var tweede = await MeldingAsync(client, sleutel, persoon);

        Assert.Equal(eerste, tweede);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().CountAsync(a => a.AanvragerId == persoon)));
        var zonderSleutel = await client.PostAsJsonAsync("/api/v1/aanvragen/meldingen", new { persoonId = persoon, meldingsdatum = Gisteren() }, Ct);
        var probleem = await AssertProbleemAsync(zonderSleutel, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("loopt al een aanvraag", probleem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EenTeLangeIdempotencyKey_Geeft400()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, AanvragenSchrijven);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/aanvragen/meldingen") { Content = JsonContent.Create(new { persoonId = 1, meldingsdatum = Gisteren() }) };
        verzoek.Headers.Add("Idempotency-Key", new string('k', 201));

        await AssertProbleemAsync(await client.SendAsync(verzoek, Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EenOnbekendAdresOnderApi_Geeft404AlsJson_NietDeFoutpagina()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, AanvragenLezen);

        await AssertProbleemAsync(await client.GetAsync("/api/v1/bestaat-niet", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HetOpenApiDocument_NoemtElkeRoute_EnDeSleutel()
    {
        var document = await (await app.NieuweClient().GetAsync("/openapi/v1.json", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var paden = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
        [
            "/api/v1/aanvragen/meldingen", "/api/v1/aanvragen/{id}", "/api/v1/aanvragen/{id}/betalingen", "/api/v1/aanvragen/{id}/bezittingen",
            "/api/v1/aanvragen/{id}/huishouden", "/api/v1/aanvragen/{id}/indienen", "/api/v1/aanvragen/{id}/inkomsten", "/api/v1/aanvragen/{id}/kinderen",
            "/api/v1/aanvragen/{id}/medebewoners", "/api/v1/aanvragen/{id}/partner", "/api/v1/aanvragen/{id}/vermogen", "/api/v1/aanvragen/{id}/woonsituatie",
            "/api/v1/beoordelingen", "/api/v1/beoordelingen/goedkeuren", "/api/v1/berekening", "/api/v1/betaalruns", "/api/v1/betaalruns/{maand}",
            "/api/v1/personen", "/api/v1/personen/zoeken", "/api/v1/terugvorderingen", "/api/v1/terugvorderingen/{id}", "/api/v1/toekenningen",
            "/api/v1/toekenningen/{id}",
        ],
        paden.Order(StringComparer.Ordinal));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("sleutel").GetProperty("scheme").GetString());
        var zoeken = document.GetProperty("paths").GetProperty("/api/v1/personen/zoeken").GetProperty("post");
        Assert.Contains("Vereist recht: personen:lezen", zoeken.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> PersoonAsync(HttpClient client)
    {
        var antwoord = await client.PostAsJsonAsync("/api/v1/personen", Inschrijving(TestData.NieuwBsn()), Ct);
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    private async Task<int> MeldingAsync(HttpClient client, string? sleutel, int? persoon = null)
    {
        var id = persoon ?? await PersoonAsync(client);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/aanvragen/meldingen") { Content = JsonContent.Create(new { persoonId = id, meldingsdatum = Gisteren() }) };
        if (sleutel is not null)
        {
            verzoek.Headers.Add("Idempotency-Key", sleutel);
        }

        var antwoord = await client.SendAsync(verzoek, Ct);
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
    }

    private string Gisteren() => DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Inschrijvingsdata Inschrijving(string bsn) =>
        new(bsn, "Fenna", "de", "Wit", new DateOnly(1990, 4, 12), "Oudegracht", 12, null, "3511 AB", "Utrecht", null);

    internal static async Task<JsonElement> AssertProbleemAsync(HttpResponseMessage antwoord, HttpStatusCode status)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var probleem = await antwoord.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((int)status, probleem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(probleem.GetProperty("title").GetString()));
        return probleem;
    }

    private sealed record Inschrijvingsdata(
        string Bsn, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly Geboortedatum, string Straat, int Huisnummer,
        string? Toevoeging, string Postcode, string Woonplaats, string? Iban);
}

/// <summary>The rate limit per koppeling: the fourth call in a minute is refused with Retry-After; another koppeling is not.</summary>
public sealed class ApiLimietTests(KrappeApiApp app) : IClassFixture<KrappeApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeVierdeAanroepInEenMinuut_Geeft429MetRetryAfter_EenAndereKoppelingNiet()
    {
        var recht = ApiRecht.Van("aanvragen", ApiRecht.Lezen);
        var (_, eerste) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, recht);
        var (_, tweede) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, recht);
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await eerste.GetAsync("/api/v1/aanvragen/999999", Ct)).StatusCode);
        }

        var geweigerd = await eerste.GetAsync("/api/v1/aanvragen/999999", Ct);

        await ApiTests.AssertProbleemAsync(geweigerd, HttpStatusCode.TooManyRequests);
        Assert.True(geweigerd.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.NotFound, (await tweede.GetAsync("/api/v1/aanvragen/999999", Ct)).StatusCode);
    }
}
