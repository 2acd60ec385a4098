using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Betaalrun;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Betaalruns;

/// <summary>
/// The team lead's betaalrun pages on the 120 seeded households of <see cref="BetaalrunApp"/>: the proefrun is started by a
/// POST and computed by the background worker while the page polls its progress; all lines listed and searched (by POST);
/// the confirmation step with its checkbox and four-eyes; SEPA download; the household's specificatie. Each test takes the
/// open month (runs go month after month).
/// </summary>
public sealed class BetaalrunPaginaTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    private static readonly Lid Gemeente = BetaalrunApp.Gemeente;

    /// <summary>Issue #12: the run's month lies after the start set's next indexation, so its amounts are provisional.</summary>
    private static readonly string Voorlopig = Domain.Rekenkern.Voorlopigheid.Toelichting(Domain.Rekenkern.LandelijkeBedragen.Startset.VolgendeIndexatie);

    [DbFact]
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

    [DbFact]
    public async Task AnInvalidMonth_IsShownAtTheField()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);

        using var antwoord = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = "februari" });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Geef de maand als jjjj-mm, bijvoorbeeld 2026-02.", pagina.FoutBij("Input.Maand"));
    }

    [DbFact]
    public async Task AStartedProefrun_IsComputedInTheBackground_WithProgressAsJson_TotalsSignalsAndFourEyes()
    {
        var maand = await MaandAsync();
        var starter = await app.LoginAsync(Rol.Teamleider, Gemeente);

        using var gestart = await starter.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        var voortgang = await WachtTotBerekendAsync(starter, maand);
        var run = await starter.GetPaginaAsync($"/Betaalruns/Overzicht/{maand}");
        var bevestigen = await starter.GetPaginaAsync($"/Betaalruns/DefinitiefMaken/{maand}");
        using var zelf = await starter.PostFormAsync($"/Betaalruns/DefinitiefMaken/{maand}", new Dictionary<string, string>
        {
            ["Input.Versie"] = bevestigen.Zoek("input[name='Input.Versie']")?.GetAttribute("value") ?? "", ["Input.Bevestigd"] = "true",
        });
        var weigering = await HtmlPagina.LeesAsync(zelf);

        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        Assert.Equal($"/Betaalruns/Overzicht/{maand}", gestart.Headers.Location?.ToString());
        Assert.Equal(100, voortgang.GetProperty("procent").GetInt32());
        Assert.Equal(HttpStatusCode.OK, run.Status);
        Assert.Contains("Proefrun klaar", run.Zoek("#betaalrun-status")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Te betalen", run.Tekst, StringComparison.Ordinal);
        Assert.Contains("IBAN ontbreekt", run.Tekst, StringComparison.Ordinal);
        Assert.Equal(Paginering.StandaardGrootte, run.ZoekAlle("#betaalregels tbody tr").Count);          // every line, not only signals
        Assert.Equal("120", run.Zoek("#totaal-regels")?.TextContent.Trim());
        Assert.Equal(Voorlopig, run.Zoek("#kop-totalen ~ .voorlopig")?.TextContent.Trim());               // every run month lies after 1 July 2026
        Assert.NotNull(run.Zoek($"a[href='/Betaalruns/DefinitiefMaken/{maand}']"));
        Assert.Null(run.Zoek("input[name=versie]"));                                                         // no definitive button on the run page
        Assert.NotNull(bevestigen.Zoek("input[name='Input.Bevestigd'][type=checkbox]"));
        Assert.Equal(HttpStatusCode.BadRequest, weigering.Status);
        Assert.Equal("U hebt deze proefrun zelf gestart: een andere teamleider maakt hem definitief (vier ogen).", weigering.Formulierfout);

        var tweede = app.NieuweClient();
        await tweede.InloggenAsync(await app.NieuweGebruikerAsync(Rol.Teamleider, Gemeente), SocratesApp.Wachtwoord);
        var versie = (await tweede.GetPaginaAsync($"/Betaalruns/DefinitiefMaken/{maand}")).Zoek("input[name='Input.Versie']")?.GetAttribute("value") ?? "";
        using var onbevestigd = await tweede.PostFormAsync($"/Betaalruns/DefinitiefMaken/{maand}", new Dictionary<string, string> { ["Input.Versie"] = versie });
        var nietAangevinkt = await HtmlPagina.LeesAsync(onbevestigd);
        Assert.Equal(HttpStatusCode.BadRequest, nietAangevinkt.Status);
        Assert.Equal("Vink aan dat u de totalen en de betaalregels hebt gecontroleerd; pas dan wordt de betaalrun definitief.", nietAangevinkt.FoutBij("Input.Bevestigd"));
        Assert.Equal("Proef", (await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters()
            .Where(r => r.Gemeente == Gemeente.Code && r.Maand == DateOnly.ParseExact(maand + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Select(r => r.Status).SingleAsync())).ToString());
        using var definitief = await tweede.PostFormAsync($"/Betaalruns/DefinitiefMaken/{maand}", new Dictionary<string, string>
        {
            ["Input.Versie"] = versie, ["Input.Bevestigd"] = "true",
        });
        using var sepa = await tweede.GetAsync(new Uri($"/Betaalruns/Overzicht/{maand}?handler=Sepa", UriKind.Relative), TestContext.Current.CancellationToken);
        var xml = await sepa.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, definitief.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sepa.StatusCode);
        Assert.Equal("application/xml", sepa.Content.Headers.ContentType?.MediaType);
        Assert.Contains("pain.001.001.03", xml, StringComparison.Ordinal);
        Assert.Contains("NL91ABNA0417164300", xml, StringComparison.Ordinal);
        Pain001Schema.AssertGeldig(System.Text.Encoding.UTF8.GetBytes(xml));
    }

    [DbFact]
    public async Task AnotherMunicipalitysRun_Is404_AsIsAMonthWithoutRun()
    {
        var maand = await MaandAsync();
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        using var gestart = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        var ander = await app.LoginAsync(Rol.Teamleider, Leden.Utrecht);

        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetPaginaAsync($"/Betaalruns/Overzicht/{maand}")).Status);
        using var json = await ander.GetAsync(new Uri($"/Betaalruns/Overzicht/{maand}?handler=Voortgang", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teamleider.GetPaginaAsync("/Betaalruns/Overzicht/1999-01")).Status);
    }

    [DbFact]
    public async Task TheSpecificatie_ListsTheHouseholdsPaymentLines_WithTheIbanMasked_AndTheDossierLinksToIt()
    {
        var maand = await MaandAsync();
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
        Assert.Equal(Voorlopig, pagina.Zoek(".voorlopig")?.TextContent.Trim());
        Assert.All(pagina.ZoekAlle("table.specificatie tbody tr th").Where(m => m.TextContent.Contains(" 2027", StringComparison.Ordinal) || m.TextContent.Contains("december 2026", StringComparison.Ordinal)),
            m => Assert.NotNull(m.QuerySelector(".badge.voorlopig")));
        Assert.Contains("•••• " + betaling.Iban![^4..], pagina.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(betaling.Iban, pagina.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetPaginaAsync($"/Aanvragen/Betalingen/{betaling.AanvraagId}")).Status);
    }

    [DbFact]
    public async Task TheLines_AreSearchedByBsnNameOrIbanThroughAPost_NeverInTheUrl()
    {
        var maand = await MaandAsync();
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        using var gestart = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        await WachtTotBerekendAsync(teamleider, maand);
        var persoon = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters()
            .Where(p => p.Gemeente == Gemeente.Code && p.Iban != null && db.Betalingen.IgnoreQueryFilters().Any(b => b.AanvragerId == p.Id))
            .OrderBy(p => p.Id).Select(p => new { p.Bsn, p.Achternaam, p.Iban }).FirstAsync());

        async Task<HtmlPagina> ZoekAsync(string term)
        {
            using var antwoord = await teamleider.PostFormAsync($"/Betaalruns/Overzicht/{maand}", new Dictionary<string, string> { ["Zoekterm"] = term },
                $"/Betaalruns/Overzicht/{maand}?handler=Zoeken");
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.DoesNotContain(term, antwoord.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
            return await HtmlPagina.LeesAsync(antwoord);
        }

        var opBsn = await ZoekAsync(persoon.Bsn.Waarde);
        var opNaam = await ZoekAsync(persoon.Achternaam);
        var opIban = await ZoekAsync(persoon.Iban!.Waarde[^4..]);

        Assert.Single(opBsn.ZoekAlle("#betaalregels tbody tr"));
        Assert.Contains(persoon.Achternaam, opBsn.Zoek("#betaalregels tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.All(opNaam.ZoekAlle("#betaalregels tbody th"), th => Assert.Contains(persoon.Achternaam, th.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.All(opIban.ZoekAlle("#betaalregels tbody tr"), tr => Assert.Contains(persoon.Iban.Waarde[^4..], tr.TextContent, StringComparison.Ordinal));
        Assert.Equal(persoon.Bsn.Waarde, opBsn.Zoek("#Zoekterm")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task TheLedger_OfAHousehold_ShowsItsMonths_AndDownloadsAsCsv_Audited()
    {
        var (_, maand) = await app.DefinitieveRunAsync(Gemeente);
        var betaling = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().Where(b => b.Gemeente == Gemeente.Code && b.Maand == maand)
            .OrderBy(b => b.Id).Select(b => new { b.AanvraagId, b.Bijstand }).FirstAsync());
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await consulent.GetPaginaAsync($"/Aanvragen/Betalingen/{betaling.AanvraagId}");
        using var csv = await consulent.GetAsync(new Uri($"/Aanvragen/Betalingen/{betaling.AanvraagId}?handler=Export&formaat=Csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var regels = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(Socrates.Web.Weergave.BetaalrunTeksten.Maand(maand), pagina.Zoek("table.specificatie")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pagina.Zoek("#vakantietoeslag-saldo"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "Maand;Dagen;Recht bijstand;Recht vakantietoeslag;Recht maandbedrag;Betaald maandbedrag;Nabetaald;Vakantietoeslag gereserveerd;"
            + "Vakantietoeslag uitbetaald;Verrekend;Teruggevorderd;Saldo;Lopend saldo",
            regels[0]);
        Assert.Contains(regels.Skip(1), r => r.StartsWith(maand.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ";", StringComparison.Ordinal)
            && r.Contains(betaling.Bijstand.InEuro.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL")), StringComparison.Ordinal));
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(a => a.Actie == "BetalingenExporteren"
            && a.EntiteitId == betaling.AanvraagId.ToString(CultureInfo.InvariantCulture))));
    }

    [DbFact]
    public async Task TheControlePage_RunsTheCheckForATeamleader_AndRefusesAConsulent()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await teamleider.PostFormAsync("/Betaalruns/Controle", new Dictionary<string, string>());
        var pagina = await HtmlPagina.LeesAsync(antwoord);
        using var geweigerd = await consulent.GetAsync(new Uri("/Betaalruns/Controle", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Matches(@"toekenningen van [\d.]+ huishoudens, 0 afwijkingen\.", pagina.Zoek("#controle-samenvatting")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
    }

    /// <summary>
    /// Awaits the background worker's report that the run is handled, then reads the progress endpoint once, as the
    /// page's script would: the run is no longer computing.
    /// </summary>
    private async Task<JsonElement> WachtTotBerekendAsync(HttpClient client, string maand)
    {
        await app.AfgehandeldAsync(Gemeente, DateOnly.ParseExact(maand + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var antwoord = await client.GetAsync(new Uri($"/Betaalruns/Overzicht/{maand}?handler=Voortgang", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        Assert.NotEqual("Berekenen", json.GetProperty("status").GetString());
        return json;
    }

    /// <summary>The month the next run of this fixture's gemeente pays.</summary>
    private async Task<string> MaandAsync() => Socrates.Testing.Betaalruns.Tekst(await app.OpenMaandAsync(Gemeente));
}
