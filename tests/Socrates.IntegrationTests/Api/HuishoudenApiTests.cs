using System.Net;
using System.Net.Http.Json;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// A portal submits an aanvraag with its household through /api/v1/aanvragen/{id}/…: each part is the intake form's own command
/// with the aanvraag's version, and each answer gives the next version. A stale version is 409; a repeated Idempotency-Key adds nothing.
/// </summary>
public sealed class HuishoudenApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static readonly string[] Rechten =
        [ApiRecht.Van("personen", ApiRecht.Schrijven), ApiRecht.Van("aanvragen", ApiRecht.Schrijven), ApiRecht.Van("aanvragen", ApiRecht.Lezen)];

    [Fact]
    public async Task EenAanvraagMetHuishouden_StapVoorStap_IsTerugTeLezen()
    {
        var (client, id) = await GemeldAsync();
        var versie = (await client.GetJsonAsync($"/api/v1/aanvragen/{id}")).GetProperty("versie").GetInt32();

        versie = await StapAsync(client, HttpMethod.Post, $"/api/v1/aanvragen/{id}/indienen", new { versie, ontvangstdatum = Datum(-1) }, "Ingediend");
        versie = await StapAsync(client, HttpMethod.Put, $"/api/v1/aanvragen/{id}/partner",
            new { versie, relatie = "Samenwonend", bsn = TestData.NieuwBsn(), voornamen = "Eva", achternaam = "Bakker", geboortedatum = "1986-02-01" });
        versie = await StapAsync(client, HttpMethod.Post, $"/api/v1/aanvragen/{id}/kinderen", new { versie, voornaam = "Noor", geboortedatum = Datum(-3000) });
        versie = await StapAsync(client, HttpMethod.Post, $"/api/v1/aanvragen/{id}/medebewoners", new { versie, naam = "Kees Bakker", geboortedatum = "1960-01-01" });
        versie = await StapAsync(client, HttpMethod.Put, $"/api/v1/aanvragen/{id}/woonsituatie", new { versie, woonsituatie = "huur", woonkosten = 712.50m });
        versie = await StapAsync(client, HttpMethod.Post, $"/api/v1/aanvragen/{id}/inkomsten",
            new { versie, van = "Partner", soort = "Arbeid", nettoPerMaand = 450.25m, vanaf = Datum(-20) });
        versie = await StapAsync(client, HttpMethod.Post, $"/api/v1/aanvragen/{id}/bezittingen", new { versie, soort = "Spaarrekening", omschrijving = "ING", waarde = 1500m });
        await StapAsync(client, HttpMethod.Put, $"/api/v1/aanvragen/{id}/vermogen", new { versie, schulden = 250m });

        var h = await client.GetJsonAsync($"/api/v1/aanvragen/{id}/huishouden");
        Assert.Equal(("Ingediend", "Samenwonend", "Noor", "Huur", "712.50"), (h.GetProperty("status").GetString(), h.GetProperty("partner").GetProperty("relatie").GetString(),
            h.GetProperty("kinderen")[0].GetProperty("voornaam").GetString(), h.GetProperty("woonsituatie").GetString(), h.GetProperty("woonkosten").GetRawText()));
        Assert.DoesNotContain("bsn\":\"", h.GetRawText().Replace("bsnGemaskeerd", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var kees = h.GetProperty("medebewoners")[0];
        Assert.True(kees.GetProperty("kostendeler").GetBoolean(), kees.GetProperty("reden").GetString());   // 66, not family, no agreement: art. 19a
        Assert.Equal(("Partner", "450.25"), (h.GetProperty("inkomsten")[0].GetProperty("van").GetString(), h.GetProperty("inkomsten")[0].GetProperty("nettoPerMaand").GetRawText()));
        Assert.Equal("1250.00", h.GetProperty("vermogenSaldo").GetRawText());                           // 1.500 − 250
    }

    [Fact]
    public async Task EenVerouderdeVersie_Geeft409_EnVerandertNiets()
    {
        var (client, id) = await GemeldAsync();
        var versie = (await client.GetJsonAsync($"/api/v1/aanvragen/{id}")).GetProperty("versie").GetInt32();
        await StapAsync(client, HttpMethod.Post, $"/api/v1/aanvragen/{id}/indienen", new { versie, ontvangstdatum = Datum(-1) }, "Ingediend");

        var oud = await client.StuurAsync(HttpMethod.Put, $"/api/v1/aanvragen/{id}/woonsituatie", new { versie, woonsituatie = "Huur", woonkosten = 500m });

        var probleem = await ApiTests.AssertProbleemAsync(oud, HttpStatusCode.Conflict);
        Assert.Equal(Web.Api.ApiProblemen.GelijktijdigGewijzigd, probleem.GetProperty("detail").GetString());
        Assert.Null((await client.GetJsonAsync($"/api/v1/aanvragen/{id}/huishouden")).GetProperty("woonsituatie").GetString());
    }

    [Fact]
    public async Task OngeldigeVelden_Geven422PerVeld_MetDeMeldingenVanHetFormulier()
    {
        var (client, id) = await GemeldAsync();
        var versie = (await client.GetJsonAsync($"/api/v1/aanvragen/{id}")).GetProperty("versie").GetInt32();

        var keuze = await ApiTests.AssertProbleemAsync(
            await client.StuurAsync(HttpMethod.Post, $"/api/v1/aanvragen/{id}/inkomsten", new { versie, van = "Aanvrager", soort = "Loon", nettoPerMaand = 10m, vanaf = Datum(-1) }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Kies uit Arbeid, Uitkering, Alimentatie, Overig.", keuze.GetProperty("errors").GetProperty("soort")[0].GetString());

        var velden = (await ApiTests.AssertProbleemAsync(
            await client.StuurAsync(HttpMethod.Post, $"/api/v1/aanvragen/{id}/kinderen", new { versie, voornaam = "", geboortedatum = Datum(1) }),
            HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(velden.TryGetProperty("voornaam", out _), velden.GetRawText());
        Assert.True(velden.TryGetProperty("geboortedatum", out _), velden.GetRawText());

        var zonderVersie = await ApiTests.AssertProbleemAsync(
            await client.StuurAsync(HttpMethod.Put, $"/api/v1/aanvragen/{id}/vermogen", new { schulden = 1m }), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Vul de versie in", zonderVersie.GetProperty("errors").GetProperty("versie")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(versie, (await client.GetJsonAsync($"/api/v1/aanvragen/{id}")).GetProperty("versie").GetInt32());
    }

    [Fact]
    public async Task DezelfdeIdempotencyKey_VoegtHetKindEenKeerToe_EnGeeftHetEersteAntwoord()
    {
        var (client, id) = await GemeldAsync();
        var versie = (await client.GetJsonAsync($"/api/v1/aanvragen/{id}")).GetProperty("versie").GetInt32();
        var sleutel = Guid.NewGuid().ToString();
        var kind = new { versie, voornaam = "Sem", geboortedatum = Datum(-2000) };

        var eerste = await (await client.StuurAsync(HttpMethod.Post, $"/api/v1/aanvragen/{id}/kinderen", kind, sleutel)).JsonAsync();
        var tweede = await (await client.StuurAsync(HttpMethod.Post, $"/api/v1/aanvragen/{id}/kinderen", kind, sleutel)).JsonAsync();

        Assert.Equal(versie + 1, eerste.GetProperty("versie").GetInt32());
        Assert.Equal(eerste.GetProperty("versie").GetInt32(), tweede.GetProperty("versie").GetInt32());
        Assert.Equal(1, (await client.GetJsonAsync($"/api/v1/aanvragen/{id}/huishouden")).GetProperty("kinderen").GetArrayLength());
    }

    [Fact]
    public async Task EenAndereGemeente_Geeft404_EnSchrijftNiets()
    {
        var (_, id) = await GemeldAsync();
        var (_, utrecht) = await app.KoppelingAsync(Leden.Utrecht, Rol.Consulent, Rechten);
        var versie = await app.VersieAsync(id);

        await ApiTests.AssertProbleemAsync(
            await utrecht.StuurAsync(HttpMethod.Post, $"/api/v1/aanvragen/{id}/kinderen", new { versie, voornaam = "Sem", geboortedatum = Datum(-2000) }), HttpStatusCode.NotFound);
        await ApiTests.AssertProbleemAsync(await utrecht.GetAsync($"/api/v1/aanvragen/{id}/huishouden", ApiVerzoeken.Ct), HttpStatusCode.NotFound);
        Assert.Equal(versie, await app.VersieAsync(id));
    }

    private async Task<(HttpClient Client, int Aanvraag)> GemeldAsync()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, Rechten);
        var persoon = (await (await client.PostAsJsonAsync("/api/v1/personen", new
        {
            bsn = TestData.NieuwBsn(), voornamen = "Daan", achternaam = "de Vries", geboortedatum = "1984-03-03", straat = "Dam", huisnummer = 2,
            postcode = "1012 JS", woonplaats = "Amsterdam",
        }, ApiVerzoeken.Ct)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var aanvraag = (await (await client.PostAsJsonAsync("/api/v1/aanvragen/meldingen", new { persoonId = persoon, meldingsdatum = Datum(-3) }, ApiVerzoeken.Ct))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        return (client, aanvraag);
    }

    private static async Task<int> StapAsync(HttpClient client, HttpMethod methode, string pad, object inhoud, string? status = null)
    {
        var antwoord = await (await client.StuurAsync(methode, pad, inhoud)).JsonAsync();
        if (status is not null)
        {
            Assert.Equal(status, antwoord.GetProperty("status").GetString());
        }

        return antwoord.GetProperty("versie").GetInt32();
    }

    private string Datum(int dagen) =>
        DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime).AddDays(dagen).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
