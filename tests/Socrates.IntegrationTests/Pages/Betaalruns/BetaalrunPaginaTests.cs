using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Betaalrun;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Betaalruns;

/// <summary>
/// The team lead's betaalrun pages on the 120 seeded households of <see cref="BetaalrunApp"/>: the proefrun is started by a
/// POST and computed by the background worker while the page polls its progress; four-eyes at the form; SEPA download;
/// the household's specificatie. Each test takes its own month.
/// </summary>
public sealed class BetaalrunPaginaTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    private static readonly Lid Gemeente = BetaalrunApp.Gemeente;

    [Fact]
    public async Task TheTeamleider_SeesBetaalrunsInTheMenu_AConsulentIsRefused()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await teamleider.GetPaginaAsync("/Betaalruns");
        using var geweigerd = await consulent.GetAsync(new Uri("/Betaalruns", UriKind.Relative), TestContext.Current.CancellationToken);
        var menuConsulent = (await consulent.GetPaginaAsync("/")).ZoekAlle("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent.Trim());

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Betaalruns", pagina.ZoekAlle("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent.Trim()));
        Assert.NotNull(pagina.Zoek("input[name='Input.Maand']"));
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", geweigerd.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Betaalruns", menuConsulent);
    }

    [Fact]
    public async Task AnInvalidMonth_IsShownAtTheField()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);

        using var antwoord = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = "februari" });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Geef de maand als jjjj-mm, bijvoorbeeld 2026-02.", pagina.FoutBij("Input.Maand"));
    }

    [Fact]
    public async Task AStartedProefrun_IsComputedInTheBackground_WithProgressAsJson_TotalsSignalsAndFourEyes()
    {
        var maand = Maand(4);
        var starter = await app.LoginAsync(Rol.Teamleider, Gemeente);

        using var gestart = await starter.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        var voortgang = await WachtTotBerekendAsync(starter, maand);
        var run = await starter.GetPaginaAsync($"/Betaalruns/Run/{maand}");
        using var zelf = await starter.PostFormAsync($"/Betaalruns/Run/{maand}", new Dictionary<string, string>
        {
            ["versie"] = run.Zoek("input[name=versie]")?.GetAttribute("value") ?? "",
        }, $"/Betaalruns/Run/{maand}?handler=Definitief");
        var weigering = await HtmlPagina.LeesAsync(zelf);

        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        Assert.Equal($"/Betaalruns/Run/{maand}", gestart.Headers.Location?.ToString());
        Assert.Equal(100, voortgang.GetProperty("procent").GetInt32());
        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Contains("Proefrun klaar", run.Zoek("#betaalrun-status")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Te betalen", run.Tekst, StringComparison.Ordinal);
        Assert.Contains("IBAN ontbreekt", run.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, weigering.Status);
        Assert.Equal("U hebt deze proefrun zelf gestart: een andere teamleider maakt hem definitief (vier ogen).", weigering.Formulierfout);

        var tweede = app.NieuweClient();
        await tweede.InloggenAsync(await app.NieuweGebruikerAsync(Rol.Teamleider, Gemeente), SocratesApp.Wachtwoord);
        var versie = (await tweede.GetPaginaAsync($"/Betaalruns/Run/{maand}")).Zoek("input[name=versie]")?.GetAttribute("value") ?? "";
        using var definitief = await tweede.PostFormAsync($"/Betaalruns/Run/{maand}", new Dictionary<string, string> { ["versie"] = versie }, $"/Betaalruns/Run/{maand}?handler=Definitief");
        using var sepa = await tweede.GetAsync(new Uri($"/Betaalruns/Run/{maand}?handler=Sepa", UriKind.Relative), TestContext.Current.CancellationToken);
        var xml = await sepa.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, definitief.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sepa.StatusCode);
        Assert.Equal("application/xml", sepa.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pain.001.001.03", xml, StringComparison.Ordinal);
        Assert.Contains("NL91ABNA0417164300", xml, StringComparison.Ordinal);
        Pain001Schema.AssertGeldig(System.Text.Encoding.UTF8.GetBytes(xml));
    }

    [Fact]
    public async Task AnotherMunicipalitysRun_Is404_AsIsAMonthWithoutRun()
    {
        var maand = Maand(5);
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        using var gestart = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        var ander = await app.LoginAsync(Rol.Teamleider, Leden.Utrecht);

        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetPaginaAsync($"/Betaalruns/Run/{maand}")).Status);
        using var json = await ander.GetAsync(new Uri($"/Betaalruns/Run/{maand}?handler=Voortgang", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teamleider.GetPaginaAsync("/Betaalruns/Run/1999-01")).Status);
    }

    [Fact]
    public async Task TheSpecificatie_ListsTheHouseholdsPaymentLines_WithTheIbanMasked_AndTheDossierLinksToIt()
    {
        var maand = Maand(6);
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        using var gestart = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        await WachtTotBerekendAsync(teamleider, maand);
        var betaling = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().Where(b => b.Iban != null && b.Gemeente == Gemeente.Code)
            .OrderBy(b => b.Id).Select(b => new { b.AanvraagId, b.Iban }).FirstAsync());
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);

        var dossier = await consulent.GetPaginaAsync($"/Aanvragen/Dossier/{betaling.AanvraagId}");
        var pagina = await consulent.GetPaginaAsync($"/Aanvragen/Betalingen/{betaling.AanvraagId}");
        var ander = await app.LoginAsync(Rol.Consulent, Leden.Utrecht);

        Assert.NotNull(dossier.Zoek($"a[href='/Aanvragen/Betalingen/{betaling.AanvraagId}']"));
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.NotEmpty(pagina.ZoekAlle("table.specificatie tbody tr"));
        Assert.Contains("•••• " + betaling.Iban![^4..], pagina.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(betaling.Iban, pagina.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetPaginaAsync($"/Aanvragen/Betalingen/{betaling.AanvraagId}")).Status);
    }

    /// <summary>Polls the progress endpoint as the page's script does, until the run is no longer computing.</summary>
    private static async Task<JsonElement> WachtTotBerekendAsync(HttpClient client, string maand)
    {
        for (var i = 0; i < 300; i++)
        {
            using var antwoord = await client.GetAsync(new Uri($"/Betaalruns/Run/{maand}?handler=Voortgang", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
            var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
            if (json.GetProperty("status").GetString() != "Berekenen")
            {
                return json;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"De proefrun van {maand} is na 30 seconden nog niet berekend.");
    }

    /// <summary>Months after those of <see cref="BetaalrunTests"/>, which share nothing with this fixture anyway.</summary>
    private static string Maand(int verder)
    {
        var vandaag = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(verder).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
