using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Te beoordelen and its bulk approval (issue #14), on a database of its own: two toekenningen proposed by the consulent and
/// one by a colleague who is also the reading team lead. The list shows all three, the own one not selectable. B is sent
/// back and proposed again after the list was drawn: approving A and the old B approves A (its own besluit, audited) and
/// refuses B with the reason; B stays waiting.
/// </summary>
public sealed class TeBeoordelenTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    [DbFact]
    public async Task BulkApproval_ApprovesEachAsItsOwnBesluit_RefusesARowChangedSinceTheList()
    {
        var a = await VoorgesteldAsync("test-consulent");
        var b = await VoorgesteldAsync("test-consulent");
        var c = await VoorgesteldAsync("leider-1");

        await using (var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente, "leider-1"))
        {
            var lijst = (await leider.Send(new TeBeoordelenLijst())).Regels.Items.Where(r => r.Id == a || r.Id == b || r.Id == c).ToList();
            Assert.Equal([(a, false), (b, false), (c, true)], lijst.Select(r => (r.Id, r.Eigen)));
            Assert.All(lijst, r => Assert.Equal((Besluitsoort.Toegekend, Domain.Geld.Bedrag.Euro(1_331.42m)), (r.Besluit!.Value, r.Nieuw!.Value)));
        }

        string sleutelA, oudeSleutelB;
        await using (var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            var items = (await leider.Send(new TeBeoordelenLijst())).Regels.Items;
            sleutelA = items.Single(r => r.Id == a).Sleutel;
            oudeSleutelB = items.Single(r => r.Id == b).Sleutel;
            await leider.Send(new BesluitBeoordelen { AanvraagId = b, Versie = await app.VersieAsync(b), Goedgekeurd = false, Toelichting = "Ingangsdatum nakijken" });
        }

        await VoorstellenAsync(b, "test-consulent");
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var bevestigen = await HtmlPagina.LeesAsync(await PostAsync(client, "Bevestigen", sleutelA, oudeSleutelB));
        Assert.Contains("Deze 1 voorstel goedkeuren?", bevestigen.Tekst, StringComparison.Ordinal);
        Assert.Contains("1 gekozen voorstel is intussen gewijzigd of al beoordeeld", bevestigen.Tekst, StringComparison.Ordinal);

        var uitkomst = await HtmlPagina.LeesAsync(await PostAsync(client, "Goedkeuren", sleutelA, oudeSleutelB));

        Assert.Equal(HttpStatusCode.OK, uitkomst.Status);
        Assert.Contains("1 van de 2 voorstellen zijn goedgekeurd.", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("gewijzigd sinds de lijst werd getoond", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        var statussen = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(x => x.Id == a || x.Id == b).OrderBy(x => x.Id).Select(x => x.Status).ToListAsync());
        Assert.Equal([AanvraagStatus.Besloten, AanvraagStatus.BesluitVoorgesteld], statussen);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().CountAsync(r => r.Actie == "BesluitBeoordelen" && r.EntiteitId == a.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [DbFact]
    public async Task Export_HoldsEveryWaitingProposal_WithWhatItChanges()
    {
        var a = await VoorgesteldAsync("test-consulent");
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);
        await using var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        var totaal = (await leider.Send(new TeBeoordelenLijst())).Regels.Totaal;

        using var antwoord = await client.GetAsync(new Uri("/TeBeoordelen?handler=Export&formaat=Csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var regels = (await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("te-beoordelen.csv", antwoord.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("Soort;Nummer;Naam;Wat verandert;Per;Was per maand;Wordt per maand;Terug te vorderen;Af te zien;Voorgesteld door;Voorgesteld op;Eigen voorstel", regels[0]);
        Assert.Equal(totaal, regels.Length - 1);
        Assert.Contains(regels, r => r.StartsWith($"Toekenning;{a};", StringComparison.Ordinal)
            && r.Contains(";1331,42;", StringComparison.Ordinal) && r.EndsWith(";nee", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Bevestigen_WithoutAChoice_SaysSoAtTheList()
    {
        await VoorgesteldAsync("test-consulent");
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);

        var pagina = await HtmlPagina.LeesAsync(await PostAsync(client, "Bevestigen"));

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Contains("Kies een of meer voorstellen om goed te keuren.", pagina.Tekst, StringComparison.Ordinal);
    }

    /// <summary>Posts the list's form with several rows chosen (the same field name repeated), as the browser does.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, params string[] keuze) =>
        client.PostVeldenAsync("/TeBeoordelen", keuze.Select(k => new KeyValuePair<string, string>("Keuze", k)), $"/TeBeoordelen?handler={handler}");

    private async Task<int> VoorgesteldAsync(string door)
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 20);
        await VoorstellenAsync(id, door);
        return id;
    }

    private async Task VoorstellenAsync(int id, string door)
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente, door);
        if (await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Status).SingleAsync()) == AanvraagStatus.Ingediend)
        {
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Meldingsdatum).SingleAsync());
        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });
    }
}
