using System.Net;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>/api/v1/betaalruns for a team lead's scheduler: the runs, and one month's status and totals.</summary>
public sealed class BetaalrunsApiTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static readonly string Recht = ApiRecht.Van("betaalruns", ApiRecht.Lezen);

    [Fact]
    public async Task EenProefrun_StaatInDeLijst_EnZijnMaandGeeftStatusEnTotalen()
    {
        var (_, maand) = await app.ProefrunAsync(Leden.Utrecht);           // Utrecht has no households in this app: a run without lines
        var tekst = Betaalruns.Tekst(maand);
        var (_, teamleider) = await app.KoppelingAsync(Leden.Utrecht, Rol.Teamleider, Recht);

        var lijst = await teamleider.GetJsonAsync("/api/v1/betaalruns");
        var run = await teamleider.GetJsonAsync($"/api/v1/betaalruns/{tekst}");

        Assert.Contains(lijst.GetProperty("items").EnumerateArray(), r => r.GetProperty("maand").GetString() == tekst && r.GetProperty("status").GetString() == "Proef");
        Assert.Equal((tekst, "Proef", 0, "0.00"), (run.GetProperty("maand").GetString(), run.GetProperty("status").GetString(),
            run.GetProperty("totalen").GetProperty("huishoudens").GetInt32(), run.GetProperty("totalen").GetProperty("teBetalen").GetRawText()));
        Assert.Equal(run.GetProperty("delenTotaal").GetInt32(), run.GetProperty("delenKlaar").GetInt32());
    }

    [Fact]
    public async Task EenMaandZonderRun_Geeft404_EenConsulent403_EnEenOngeldigeMaand404()
    {
        var (_, teamleider) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Teamleider, Recht);
        var (_, consulent) = await app.KoppelingAsync(Leden.Amsterdam, Rol.Consulent, Recht);

        await ApiTests.AssertProbleemAsync(await teamleider.GetAsync("/api/v1/betaalruns/2019-01", ApiVerzoeken.Ct), HttpStatusCode.NotFound);
        await ApiTests.AssertProbleemAsync(await teamleider.GetAsync("/api/v1/betaalruns/januari", ApiVerzoeken.Ct), HttpStatusCode.NotFound);
        await ApiTests.AssertProbleemAsync(await consulent.GetAsync("/api/v1/betaalruns", ApiVerzoeken.Ct), HttpStatusCode.Forbidden);
    }
}
