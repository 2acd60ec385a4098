using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Normen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The /Normen pages through HTTP as the demo Normbeheerders: proposing (prefilled, every message at its field, the 10 %
/// confirmation), approving as the second, refusing one's own, rejecting with a reason, comparing. On a database of its
/// own: an approved set moves the figures every calculation reads. Every test uses its own far-future ingangsdatum.
/// </summary>
public sealed class NormenPaginaTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Inloggen_LandsOnNormen_WithOnlyTheNormenMenu()
    {
        var client = app.NieuweClient();
        using var antwoord = await client.InloggenPogingAsync(Socrates.Infrastructure.Identity.DemoGebruikers.Normbeheerders[0].Email, SocratesApp.Wachtwoord);
        Assert.Equal("/Normen/Index", antwoord.Headers.Location?.OriginalString);

        var pagina = await client.GetPaginaAsync("/Normen");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        var menu = pagina.ZoekAlle("nav[aria-label=Hoofdmenu] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Landelijke normen"], menu);
        Assert.Contains("Coöperatie", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("Geldend", pagina.Tekst, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}-\d{2}-\d{4}", pagina.Tekst);
        using var start = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal("/Normen/Index", start.Headers.Location?.OriginalString);
    }

    [DbFact]
    public async Task Voorstellen_IsPrefilledWithTheSetInForce()
    {
        var client = await app.LoginNormbeheerderAsync();
        await using var nb = app.AlsNormbeheerder();
        var huidig = await nb.Send(new HuidigeNormen());

        var pagina = await client.GetPaginaAsync("/Normen/Voorstellen");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal(huidig.Alleenstaande!.Value.ToString("0.00", Nl), pagina.Zoek("#Input_Alleenstaande")!.GetAttribute("value"));
        Assert.Equal(huidig.BruteringOnderAow!.Value.ToString("0.00", Nl), pagina.Zoek("#Input_BruteringOnderAow")!.GetAttribute("value"));
        Assert.Contains("Normen 21 jaar tot de pensioengerechtigde leeftijd (art. 21)", pagina.ZoekAlle("legend").Select(l => l.TextContent));
        Assert.Contains("Alleenstaande of alleenstaande ouder (art. 21 onder a)", pagina.Zoek("label[for=Input_Alleenstaande]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(huidig.AowLeeftijden[0].Jaar?.ToString(CultureInfo.InvariantCulture), pagina.Zoek("#Input_AowLeeftijden_0__Jaar")!.GetAttribute("value"));
        Assert.Null(pagina.Zoek("#Input_AfwijkingenBevestigd"));
    }

    [DbFact]
    public async Task Voorstellen_BadInput_AllMessagesInDutchAtTheirFields_AndNothingSaved()
    {
        var client = await app.LoginNormbeheerderAsync();
        var voor = await AantalAsync();
        var velden = await FormulierAsync(client, new DateOnly(2031, 1, 1));
        velden["Input.Gehuwden"] = "";
        velden["Input.Alleenstaande"] = "veel";
        velden["Input.BronDocument"] = "";
        velden["Input.InrichtingGehuwden"] = "-5";

        using var antwoord = await client.PostFormAsync("/Normen/Voorstellen", velden);
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.StartsWith("Fout: ", pagina.Titel, StringComparison.Ordinal);
        Assert.Equal("Vul gehuwden (art. 21 onder b) in.", pagina.FoutBij("Input.Gehuwden"));
        Assert.Equal("Vul de titel van het document in waaruit de bedragen komen.", pagina.FoutBij("Input.BronDocument"));
        Assert.Equal("Gehuwden (art. 23 lid 1 onder b) moet groter zijn dan nul.", pagina.FoutBij("Input.InrichtingGehuwden"));
        Assert.NotNull(pagina.FoutBij("Input.Alleenstaande"));
        Assert.True(pagina.ZoekAlle("#foutoverzicht li").Count >= 4);
        Assert.Equal("veel", pagina.Zoek("#Input_Alleenstaande")!.GetAttribute("value"));
        Assert.Equal(voor, await AantalAsync());
    }

    [DbFact]
    public async Task Voorstellen_TwentyPercentHigher_AsksTheConfirmation_ThenProposes()
    {
        var client = await app.LoginNormbeheerderAsync();
        var velden = await FormulierAsync(client, new DateOnly(2032, 1, 1));
        foreach (var veld in Normvelden.Alle.Where(v => !v.IsPercentage))
        {
            velden["Input." + veld.Naam] = (decimal.Parse(velden["Input." + veld.Naam], Nl) * 1.2m).ToString("0.00", Nl);
        }

        using var eerste = await client.PostFormAsync("/Normen/Voorstellen", velden);
        var pagina = await HtmlPagina.LeesAsync(eerste);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.NotNull(pagina.Zoek("#Input_AfwijkingenBevestigd"));
        Assert.Contains("10 %", pagina.FoutBij("Input.AfwijkingenBevestigd"), StringComparison.Ordinal);
        Assert.Contains("wijkt 20 % af", pagina.FoutBij("Input.Gehuwden"), StringComparison.Ordinal);

        velden["Input.AfwijkingenBevestigd"] = "true";
        using var tweede = await client.PostFormAsync("/Normen/Voorstellen", velden);
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        var id = IdUit(tweede);
        Assert.True(await app.InDatabaseAsync(db => db.Normensets.Where(n => n.Id == id).Select(n => n.AfwijkingenBevestigd).SingleAsync(Ct)));
    }

    [DbFact]
    public async Task Goedkeuren_ByTheSecond_ShowsInTheListAndTheHistory()
    {
        var eerste = await app.LoginNormbeheerderAsync(1);
        var id = await VoorstelAsync(eerste, new DateOnly(2060, 1, 1), "Input.VrijlatingArbeid", 1.01m);
        var tweede = await app.LoginNormbeheerderAsync(2);

        var beoordelen = await tweede.GetPaginaAsync($"/Normen/Beoordelen/{id}");
        Assert.Equal(HttpStatusCode.OK, beoordelen.Status);
        var gewijzigd = Assert.Single(beoordelen.ZoekAlle("tr.gewijzigd"), r => !r.TextContent.Contains("Document", StringComparison.Ordinal));
        Assert.Contains("art. 31 lid 2 onder n", gewijzigd.TextContent, StringComparison.Ordinal);
        Assert.Contains("+1,00 %", gewijzigd.TextContent, StringComparison.Ordinal);
        var versie = beoordelen.Zoek("input[name=versie]")!.GetAttribute("value")!;

        using var antwoord = await tweede.PostFormAsync($"/Normen/Beoordelen/{id}", new Dictionary<string, string> { ["versie"] = versie },
            $"/Normen/Beoordelen/{id}?handler=Goedkeuren");
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var lijst = await tweede.GetPaginaAsync("/Normen");
        var rij = lijst.ZoekAlle("tbody tr").Single(r => r.TextContent.Contains("01-01-2060", StringComparison.Ordinal));
        Assert.Contains("Gepland", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains(Socrates.Infrastructure.Identity.DemoGebruikers.Normbeheerders[1].Naam, rij.TextContent, StringComparison.Ordinal);
        var geschiedenis = (await tweede.GetPaginaAsync($"/Normen/Beoordelen/{id}")).Zoek("table[class*=mb-0]")!.TextContent;
        Assert.Contains("Voorgesteld", geschiedenis, StringComparison.Ordinal);
        Assert.Contains("Goedgekeurd", geschiedenis, StringComparison.Ordinal);
        Assert.Contains(Socrates.Infrastructure.Identity.DemoGebruikers.Normbeheerders[0].Naam, geschiedenis, StringComparison.Ordinal);
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .AnyAsync(a => a.Actie == "NormensetGoedkeuren" && a.EntiteitId == id.ToString(CultureInfo.InvariantCulture) && a.Gemeente == null, Ct)));
    }

    [DbFact]
    public async Task Goedkeuren_OwnProposal_NoButtons_AndThePostIsRefused()
    {
        var eerste = await app.LoginNormbeheerderAsync(1);
        var id = await VoorstelAsync(eerste, new DateOnly(2033, 1, 1), "Input.VrijlatingArbeid", 1.005m);

        var pagina = await eerste.GetPaginaAsync($"/Normen/Beoordelen/{id}");
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Null(pagina.Zoek("input[name=versie]"));
        Assert.Contains("Dit is uw eigen voorstel", pagina.Tekst, StringComparison.Ordinal);

        using var antwoord = await eerste.PostFormAsync($"/Normen/Beoordelen/{id}", new Dictionary<string, string> { ["versie"] = "0" },
            $"/Normen/Beoordelen/{id}?handler=Goedkeuren");
        var geweigerd = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.Status);
        Assert.Contains("U kunt uw eigen voorstel niet goedkeuren", geweigerd.Formulierfout, StringComparison.Ordinal);
        Assert.Equal(NormensetStatus.Voorgesteld, await StatusAsync(id));
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .AnyAsync(a => a.Actie == "NormensetGoedkeuren" && a.EntiteitId == id.ToString(CultureInfo.InvariantCulture) && a.Uitkomst == Domain.Audit.AuditUitkomst.Geweigerd, Ct)));
    }

    [DbFact]
    public async Task Goedkeuren_FromAStalePage_IsAConflict_AndStaysProposed()
    {
        var eerste = await app.LoginNormbeheerderAsync(1);
        var id = await VoorstelAsync(eerste, new DateOnly(2036, 1, 1), "Input.VrijlatingArbeid", 1.01m);
        var tweede = await app.LoginNormbeheerderAsync(2);

        using var antwoord = await tweede.PostFormAsync($"/Normen/Beoordelen/{id}", new Dictionary<string, string> { ["versie"] = "7" },
            $"/Normen/Beoordelen/{id}?handler=Goedkeuren");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.Conflict, pagina.Status);
        Assert.Equal(Socrates.Web.Filters.FoutNaarFormulierFilter.GelijktijdigGewijzigd, pagina.Formulierfout);
        Assert.Equal(NormensetStatus.Voorgesteld, await StatusAsync(id));
    }

    [DbFact]
    public async Task Afwijzen_NeedsAReason_ThenRejects()
    {
        var eerste = await app.LoginNormbeheerderAsync(1);
        var id = await VoorstelAsync(eerste, new DateOnly(2034, 1, 1), "Input.VrijlatingArbeid", 1.02m);
        var tweede = await app.LoginNormbeheerderAsync(2);

        using var zonder = await tweede.PostFormAsync($"/Normen/Beoordelen/{id}", new Dictionary<string, string> { ["Input.Reden"] = "" },
            $"/Normen/Beoordelen/{id}?handler=Afwijzen");
        var pagina = await HtmlPagina.LeesAsync(zonder);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Geef de reden van de afwijzing.", pagina.FoutBij("Input.Reden"));
        Assert.Equal(NormensetStatus.Voorgesteld, await StatusAsync(id));

        using var met = await tweede.PostFormAsync($"/Normen/Beoordelen/{id}", new Dictionary<string, string> { ["Input.Reden"] = "Vrijlating verkeerd overgenomen" },
            $"/Normen/Beoordelen/{id}?handler=Afwijzen");
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        Assert.Equal(NormensetStatus.Afgewezen, await StatusAsync(id));
        var na = await tweede.GetPaginaAsync($"/Normen/Beoordelen/{id}");
        Assert.Contains("Vrijlating verkeerd overgenomen", na.Tekst, StringComparison.Ordinal);
        Assert.Null(na.Zoek("input[name=versie]"));
    }

    [DbFact]
    public async Task Vergelijken_TwoSets_MarksTheChangedFiguresWithTheirPercentage()
    {
        var client = await app.LoginNormbeheerderAsync();
        var id = await VoorstelAsync(client, new DateOnly(2035, 1, 1), "Input.VrijlatingArbeid", 1.05m);
        var geldend = await app.InDatabaseAsync(db => db.Normensets.Where(n => n.Status == NormensetStatus.Goedgekeurd)
            .OrderByDescending(n => n.Ingangsdatum).Where(n => n.Ingangsdatum <= new DateOnly(2034, 12, 31)).Select(n => n.Id).FirstAsync(Ct));

        var pagina = await client.GetPaginaAsync($"/Normen/Vergelijken?a={geldend}&b={id}");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        var rij = Assert.Single(pagina.ZoekAlle("tr.gewijzigd"), r => r.TextContent.Contains("art. 31 lid 2 onder n", StringComparison.Ordinal));
        Assert.Contains("+5,00 %", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("€", rij.QuerySelector("mark")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Proefbrief 2035", pagina.Tekst, StringComparison.Ordinal);
    }

    /// <summary>Every field of the prefilled form as the page renders it, with this ingangsdatum and an artificial source.</summary>
    private static async Task<Dictionary<string, string>> FormulierAsync(HttpClient client, DateOnly ingangsdatum)
    {
        var pagina = await client.GetPaginaAsync("/Normen/Voorstellen");
        var velden = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var invoer in pagina.ZoekAlle("form input[name^='Input.']").Where(i => i.GetAttribute("type") != "checkbox"))
        {
            velden.TryAdd(invoer.GetAttribute("name")!, invoer.GetAttribute("value") ?? "");
        }

        velden["Input.Ingangsdatum"] = ingangsdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        velden["Input.BronDocument"] = $"Proefbrief {ingangsdatum.Year} (kunstmatig)";
        velden["Input.BronPublicatiedatum"] = ingangsdatum.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        velden["Input.BronVindplaats"] = "proef";
        return velden;
    }

    /// <summary>
    /// Proposes the set in force with some fields times a factor (fields the law ties to none other, such as the vrijlating,
    /// so the relations still hold); the new set's id.
    /// </summary>
    private static async Task<int> VoorstelAsync(HttpClient client, DateOnly ingangsdatum, params object[] factoren)
    {
        var velden = await FormulierAsync(client, ingangsdatum);
        for (var i = 0; i < factoren.Length; i += 2)
        {
            var naam = (string)factoren[i];
            velden[naam] = decimal.Round(decimal.Parse(velden[naam], Nl) * (decimal)factoren[i + 1], 2, MidpointRounding.AwayFromZero).ToString("0.00", Nl);
        }

        using var antwoord = await client.PostFormAsync("/Normen/Voorstellen", velden);
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            var pagina = await HtmlPagina.LeesAsync(antwoord);
            Assert.Fail($"Voorstel geweigerd ({antwoord.StatusCode}): {string.Join(" | ", pagina.ZoekAlle("#foutoverzicht li, #formulierfouten").Select(e => e.TextContent.Trim()))}");
        }

        return IdUit(antwoord);
    }

    private static int IdUit(HttpResponseMessage antwoord) =>
        int.Parse(antwoord.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

    private Task<int> AantalAsync() => app.InDatabaseAsync(db => db.Normensets.CountAsync(Ct));

    private Task<NormensetStatus> StatusAsync(int id) => app.InDatabaseAsync(db => db.Normensets.Where(n => n.Id == id).Select(n => n.Status).SingleAsync(Ct));
}
