using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>
/// A consulent's koppeling proposes a claim; a team lead's koppeling finds it in /beoordelingen and approves it with the version it
/// read. The claim then has its kenmerk and its first booking. Four-eyes, versions and Idempotency-Key hold as on the pages.
/// </summary>
public sealed class TerugvorderingenApiTests(ApiOvergangApp app) : IClassFixture<ApiOvergangApp>
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    private static readonly string[] Rechten =
    [
        ApiRecht.Van("terugvorderingen", ApiRecht.Schrijven), ApiRecht.Van("terugvorderingen", ApiRecht.Lezen),
        ApiRecht.Van("beoordelingen", ApiRecht.Lezen), ApiRecht.Van("beoordelingen", ApiRecht.Schrijven),
    ];

    [Fact]
    public async Task Voorstellen_DanGoedkeurenDoorEenTeamleider_GeeftKenmerkEnGrootboek()
    {
        var (consulent, vordering) = await VoorgesteldAsync();
        var voorstel = await consulent.GetJsonAsync($"/api/v1/terugvorderingen/{vordering}");
        Assert.Equal(("Voorgesteld", "600.00", 0), (voorstel.GetProperty("status").GetString(), voorstel.GetProperty("netto").GetRawText(), voorstel.GetProperty("grootboek").GetArrayLength()));
        Assert.Equal(Maand.Van(Vandaag).ToString(), voorstel.GetProperty("maanden")[0].GetProperty("maand").GetString());

        var (_, teamleider) = await app.KoppelingAsync(Gemeente, Rol.Teamleider, Rechten);
        var regel = (await teamleider.GetJsonAsync("/api/v1/beoordelingen")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("soort").GetString() == "Terugvordering" && r.GetProperty("id").GetInt32() == vordering);
        Assert.True(regel.GetProperty("goedTeKeuren").GetBoolean());
        Assert.StartsWith("€ 600,00 terug te vorderen", regel.GetProperty("verandering").GetString(), StringComparison.Ordinal);

        var goedkeuring = await (await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren",
            new { soort = "Terugvordering", id = vordering, versie = regel.GetProperty("versie").GetInt32() })).JsonAsync();

        Assert.True(goedkeuring.GetProperty("goedgekeurd").GetBoolean());
        var vastgesteld = await consulent.GetJsonAsync($"/api/v1/terugvorderingen/{vordering}");
        Assert.Equal("Vastgesteld", vastgesteld.GetProperty("status").GetString());
        Assert.StartsWith($"{Gemeente.Code.Waarde}-T{Vandaag.Year}-", vastgesteld.GetProperty("kenmerk").GetString(), StringComparison.Ordinal);
        var boeking = Assert.Single(vastgesteld.GetProperty("grootboek").EnumerateArray());
        Assert.Equal(("Opgelegd", vastgesteld.GetProperty("totaal").GetRawText()), (boeking.GetProperty("soort").GetString(), boeking.GetProperty("bedrag").GetRawText()));
        Assert.Equal(vastgesteld.GetProperty("totaal").GetRawText(), vastgesteld.GetProperty("saldo").GetRawText());
    }

    [Fact]
    public async Task GoedkeurenHerhaaldMetDezelfdeSleutel_GeeftHetEersteAntwoord_ZonderVerouderdeVersieEnEenBoeking()
    {
        var (consulent, vordering) = await VoorgesteldAsync();
        var (koppeling, teamleider) = await app.KoppelingAsync(Gemeente, Rol.Teamleider, Rechten);
        var versie = (await consulent.GetJsonAsync($"/api/v1/terugvorderingen/{vordering}")).GetProperty("versie").GetInt32();
        var sleutel = Guid.NewGuid().ToString();
        var verzoek = new { soort = "Terugvordering", id = vordering, versie };

        var eerste = await (await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren", verzoek, sleutel)).JsonAsync();
        var tweede = await (await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren", verzoek, sleutel)).JsonAsync();
        var zonderSleutel = await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren", verzoek);

        Assert.Equal(eerste.GetRawText(), tweede.GetRawText());
        await ApiTests.AssertProbleemAsync(zonderSleutel, HttpStatusCode.Conflict);       // the version it was read at is gone
        Assert.Equal(1, (await consulent.GetJsonAsync($"/api/v1/terugvorderingen/{vordering}")).GetProperty("grootboek").GetArrayLength());
        var id = vordering.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().CountAsync(a =>
            a.GebruikerId == $"api-koppeling:{koppeling}" && a.Actie == "TerugvorderingBeoordelen" && a.EntiteitId == id && a.Uitkomst == AuditUitkomst.Geslaagd)));
    }

    [Fact]
    public async Task EenEigenVoorstel_Geeft422VierOgen_EnEenBetaalrun422()
    {
        var (_, teamleider) = await app.KoppelingAsync(Gemeente, Rol.Teamleider, Rechten);
        var (toekenning, _, _) = await app.ActieveToekenningAsync(Gemeente);
        var vordering = (await (await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/terugvorderingen", Voorstel(toekenning))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var regel = (await teamleider.GetJsonAsync("/api/v1/beoordelingen")).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == vordering);
        Assert.Equal((true, false), (regel.GetProperty("eigen").GetBoolean(), regel.GetProperty("goedTeKeuren").GetBoolean()));

        var eigen = await ApiTests.AssertProbleemAsync(await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren",
            new { soort = "Terugvordering", id = vordering, versie = regel.GetProperty("versie").GetInt32() }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("vier ogen", eigen.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var run = await ApiTests.AssertProbleemAsync(await teamleider.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren",
            new { soort = "Betaalrun", id = 1, versie = 1 }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(Application.TeBeoordelen.Goedkeuren.Goedkeuring.BetaalrunNietHier, run.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OngeldigVoorstel_Geeft422PerVeld_EnEenConsulentMagNietGoedkeuren()
    {
        var (consulent, vordering) = await VoorgesteldAsync();
        var (toekenning, _, _) = await app.ActieveToekenningAsync(Gemeente);

        var grond = await ApiTests.AssertProbleemAsync(
            await consulent.StuurAsync(HttpMethod.Post, "/api/v1/terugvorderingen", new { toekenningId = toekenning, grond = "fraude", motivering = "x", maanden = Array.Empty<object>() }),
            HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Kies uit Lid1Inlichtingenplicht", grond.GetProperty("errors").GetProperty("grond")[0].GetString(), StringComparison.Ordinal);
        var leeg = await ApiTests.AssertProbleemAsync(
            await consulent.StuurAsync(HttpMethod.Post, "/api/v1/terugvorderingen", new { toekenningId = toekenning, grond = " ", motivering = "x", maanden = Array.Empty<object>() }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Kies de grond van de terugvordering.", leeg.GetProperty("errors").GetProperty("grond")[0].GetString());   // never the first ground
        var maanden = await ApiTests.AssertProbleemAsync(
            await consulent.StuurAsync(HttpMethod.Post, "/api/v1/terugvorderingen", new { toekenningId = toekenning, grond = "Lid1Inlichtingenplicht", motivering = "x" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Vul minstens één maand in met het bedrag dat te veel is betaald.", maanden.GetProperty("errors").GetProperty("maanden")[0].GetString());
        await ApiTests.AssertProbleemAsync(await consulent.StuurAsync(HttpMethod.Post, "/api/v1/beoordelingen/goedkeuren",
            new { soort = "Terugvordering", id = vordering, versie = 1 }), HttpStatusCode.Forbidden);
    }

    private static DateOnly Vandaag => Testtijd.Vandaag;

    private async Task<(HttpClient Consulent, int Vordering)> VoorgesteldAsync()
    {
        var (toekenning, _, _) = await app.ActieveToekenningAsync(Gemeente);
        var (_, consulent) = await app.KoppelingAsync(Gemeente, Rol.Consulent, Rechten);
        var antwoord = await consulent.StuurAsync(HttpMethod.Post, "/api/v1/terugvorderingen", Voorstel(toekenning));
        var id = (await antwoord.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/terugvorderingen/{id}", antwoord.Headers.Location!.OriginalString);
        return (consulent, id);
    }

    private static object Voorstel(int toekenning) => new
    {
        toekenningId = toekenning, grond = "Lid2aAnderszinsTeHoog", motivering = "Inkomsten uit werk zijn niet gemeld.",
        maanden = new[] { new { maand = Maand.Van(Vandaag).ToString(), bedrag = 600.00m } },
    };
}
