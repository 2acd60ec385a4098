using System.Globalization;
using System.Net;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>/api/v1/toekenningen and a household's betalingen: what the pages show, as JSON with euros to the cent.</summary>
public sealed class ToekenningenApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static readonly string ToekenningenLezen = ApiRecht.Van("toekenningen", ApiRecht.Lezen);
    private static readonly string BetaalrunsLezen = ApiRecht.Van("betaalruns", ApiRecht.Lezen);

    [Fact]
    public async Task EenToekenning_MetHaarRegels_DieOptellenTotHetBedrag_EnInDeLijst()
    {
        var (toekenningId, _, aanvraag) = await app.ActieveToekenningAsync(Leden.Rotterdam);
        var opgeslagen = await app.ToekenningMetIdAsync(toekenningId);
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, ToekenningenLezen);

        var t = await client.GetJsonAsync($"/api/v1/toekenningen/{toekenningId}");

        Assert.Equal((aanvraag, "Actief"), (t.GetProperty("aanvraagId").GetInt32(), t.GetProperty("status").GetString()));
        Assert.Equal(Euro(opgeslagen.TeBetalen), t.GetProperty("teBetalen").GetRawText());
        Assert.Equal(Euro(opgeslagen.Norm), t.GetProperty("norm").GetRawText());
        var regels = t.GetProperty("regels").EnumerateArray().ToList();
        Assert.Equal(opgeslagen.Regels.Count, regels.Count);
        Assert.Equal(("art. 45 lid 1 Participatiewet", Euro(opgeslagen.TeBetalen)), (regels[^1].GetProperty("artikel").GetString(), regels[^1].GetProperty("bedrag").GetRawText()));

        var lijst = await client.GetJsonAsync("/api/v1/toekenningen?status=actief&sortering=Bedrag&richting=Oplopend");
        Assert.Contains(lijst.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == toekenningId);
        Assert.Equal(1, lijst.GetProperty("pagina").GetInt32());
    }

    [Fact]
    public async Task EenOnbekendeKeuzeOfPagina_Geeft422PerParameter()
    {
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Teamleider, ToekenningenLezen);

        var status = await ApiTests.AssertProbleemAsync(await client.GetAsync("/api/v1/toekenningen?status=lopend", ApiVerzoeken.Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Kies uit Voorgesteld, Actief, Vervallen, Beeindigd.", status.GetProperty("errors").GetProperty("status")[0].GetString());
        var pagina = await ApiTests.AssertProbleemAsync(await client.GetAsync("/api/v1/toekenningen?pagina=0", ApiVerzoeken.Ct), HttpStatusCode.UnprocessableEntity);
        Assert.True(pagina.GetProperty("errors").TryGetProperty("pagina", out _));
    }

    [Fact]
    public async Task EenToekenningVanEenAndereGemeente_Geeft404_EnZonderRecht403()
    {
        var (toekenningId, _, _) = await app.ActieveToekenningAsync(Leden.Rotterdam);
        var (_, denHaag) = await app.KoppelingAsync(Leden.DenHaag, Rol.Consulent, ToekenningenLezen);
        var (_, zonderRecht) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, BetaalrunsLezen);

        await ApiTests.AssertProbleemAsync(await denHaag.GetAsync($"/api/v1/toekenningen/{toekenningId}", ApiVerzoeken.Ct), HttpStatusCode.NotFound);
        await ApiTests.AssertProbleemAsync(await zonderRecht.GetAsync($"/api/v1/toekenningen/{toekenningId}", ApiVerzoeken.Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DeBetalingenVanEenHuishouden_DezeMaandOnbetaald_StaatHetHeleRechtOpen()
    {
        var (_, _, aanvraag) = await app.ActieveToekenningAsync(Leden.Rotterdam);
        var (_, client) = await app.KoppelingAsync(Leden.Rotterdam, Rol.Consulent, BetaalrunsLezen);

        var specificatie = await client.GetJsonAsync($"/api/v1/aanvragen/{aanvraag}/betalingen");

        Assert.Equal(aanvraag, specificatie.GetProperty("aanvraagId").GetInt32());
        var dezeMaand = Maand.Van(DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime)).ToString();
        var maand = specificatie.GetProperty("maanden").EnumerateArray().Single(m => m.GetProperty("maand").GetString() == dezeMaand);
        var recht = decimal.Parse(maand.GetProperty("recht").GetRawText(), CultureInfo.InvariantCulture);
        Assert.True(recht > 0m);
        Assert.Equal(("0.00", 0), (maand.GetProperty("maandbetaald").GetRawText(), maand.GetProperty("betaalregels").GetArrayLength()));
        Assert.Equal(recht, decimal.Parse(maand.GetProperty("saldo").GetRawText(), CultureInfo.InvariantCulture));   // nothing paid, nothing reserved: all owed
    }

    private static string Euro(Domain.Geld.Bedrag bedrag) => bedrag.InEuro.ToString("0.00", CultureInfo.InvariantCulture);
}
