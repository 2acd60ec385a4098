using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Aanvragen;

public sealed class DossierPaginaTests(AppFixture app)
{
    [DbFact]
    public async Task Dossier_ShowsTheDueDateAndTheNextSteps()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 50);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Dossier/{id}");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("nog 6 dagen", pagina.Zoek(".termijn-bijna")?.TextContent, StringComparison.Ordinal);   // 56 − 50, within 14 signal days
        Assert.NotNull(pagina.Zoek("button[type=submit]"));
        Assert.Contains("In behandeling nemen", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("A = 1", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Dossier_OfAnotherMunicipality_Is404_OnEveryAanvraagPage()
    {
        var id = await app.IngediendAsync(Leden.Amsterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Utrecht);

        foreach (var pagina in new[] { "Dossier", "Berekening", "Indienen", "Bewijsstukken", "Hersteltermijn", "Verdagen", "Intrekken" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetPaginaAsync($"/Aanvragen/{pagina}/{id}")).Status);
        }
    }

    [DbFact]
    public async Task Berekening_ShowsEveryLineWithItsArticle()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Berekening/{id}?Maand=2026-02");
        var fout = await client.GetPaginaAsync($"/Aanvragen/Berekening/{id}?Maand=februari");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Berekening februari 2026", pagina.Zoek("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("art. 21 onder a Participatiewet", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("€\u00A01.331,42", pagina.Zoek("#kop-uitkomst")?.ParentElement?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kies een maand van 1900 tot en met 2099, zoals 2026-03.", fout.Zoek("#Maand-fout")?.TextContent.Trim());
    }

    [DbFact]
    public async Task Besluit_AfwijzenWithoutMotivering_ShowsTheMessageAtTheField()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        await client.PostFormAsync($"/Aanvragen/Dossier/{id}", new Dictionary<string, string> { ["versie"] = (await app.VersieAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/Aanvragen/Dossier/{id}?handler=InBehandeling");

        var formulier = await client.GetPaginaAsync($"/Aanvragen/Besluit/{id}");
        using var antwoord = await client.PostFormAsync($"/Aanvragen/Besluit/{id}", new Dictionary<string, string>
        {
            ["Input.Soort"] = "Afgewezen", ["Input.Afwijzingsgrond"] = "Overig", ["Input.Motivering"] = "",
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.OK, formulier.Status);
        Assert.Contains("Berekening vanaf de vroegste ingangsdatum", formulier.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Vul de motivering in.", pagina.FoutBij("Input.Motivering"));
    }

    [DbFact]
    public async Task Beschikking_AfterApproval_IsALetterWithLetterheadCalculationAndBezwaarclausule()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 10);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam))
        {
            await consulent.Send(new Application.Aanvragen.Behandelen.AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
            await consulent.Send(new Application.Aanvragen.Besluit.BesluitVoorstellen
            {
                AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Domain.Aanvragen.Besluitsoort.Toegekend,
                Ingangsdatum = app.Klok.Vandaag().AddDays(-10),
            });
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);
        var voorBesluit = await teamleider.GetPaginaAsync($"/Aanvragen/Beschikking/{id}");
        await using (var als = app.AlsGebruiker(Rol.Teamleider, Leden.Rotterdam))
        {
            await als.Send(new Application.Aanvragen.Besluit.BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        var brief = await teamleider.GetPaginaAsync($"/Aanvragen/Beschikking/{id}");
        var amsterdam = await (await app.LoginAsync(Rol.Teamleider, Leden.Amsterdam)).GetPaginaAsync($"/Aanvragen/Beschikking/{id}");

        Assert.Equal(HttpStatusCode.NotFound, voorBesluit.Status);
        Assert.Equal(HttpStatusCode.OK, brief.Status);
        Assert.Contains(Leden.Rotterdam.Briefhoofd.Naam, brief.Tekst, StringComparison.Ordinal);
        Assert.Contains("algemene bijstand toe te kennen met ingang van", brief.Tekst, StringComparison.Ordinal);
        Assert.Contains("art. 21 onder a Participatiewet", brief.Tekst, StringComparison.Ordinal);
        Assert.Contains("binnen zes weken", brief.Tekst, StringComparison.Ordinal);
        Assert.Contains("artikel 17 Participatiewet", brief.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, amsterdam.Status);
    }

    [DbFact]
    public async Task Beschikking_MetPartner_IsGerichtAanBeidePartners()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 10);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam))
        {
            await consulent.Send(new Application.Aanvragen.Behandelen.AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
            await consulent.Send(new Application.Aanvragen.Huishouden.Partner.PartnerVastleggen
            {
                AanvraagId = id, Versie = await app.VersieAsync(id), Bsn = TestData.NieuwBsn(), Relatie = Domain.Aanvragen.PartnerRelatie.Gehuwd,
                Voornamen = "Frank", Voorvoegsel = "van", Achternaam = "Dijk", Geboortedatum = app.Klok.Vandaag().AddYears(-38),
            });
            await consulent.Send(new Application.Aanvragen.Besluit.BesluitVoorstellen
            {
                AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Domain.Aanvragen.Besluitsoort.Toegekend,
                Ingangsdatum = app.Klok.Vandaag().AddDays(-10),
            });
        }

        await using (var als = app.AlsGebruiker(Rol.Teamleider, Leden.Rotterdam))
        {
            await als.Send(new Application.Aanvragen.Besluit.BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        var brief = await (await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam)).GetPaginaAsync($"/Aanvragen/Beschikking/{id}");

        var geadresseerden = brief.Zoek(".brief-geadresseerde")?.TextContent ?? "";
        Assert.Contains("Frank van Dijk", geadresseerden, StringComparison.Ordinal);
        Assert.Matches(@"Geachte heer/mevrouw \S.* en heer/mevrouw Van Dijk,", brief.Tekst);
        Assert.Single(brief.ZoekAlle("h1"));
    }

    [DbFact]
    public async Task Toekenningen_ListIsThereForCaseworkers()
    {
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync("/Toekenningen?Status=Voorgesteld");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal("Wacht op goedkeuring", pagina.Zoek("nav[aria-label='Welke toekenningen'] a[aria-current=page]")?.TextContent.Trim());
    }

    [DbFact]
    public async Task Notitie_Empty_ShowsTheMessageAtTheField()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Dossier/{id}", new Dictionary<string, string> { ["Input.Tekst"] = " " }, $"/Aanvragen/Dossier/{id}?handler=Notitie");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Vul de tekst van de notitie in.", pagina.FoutBij("Input.Tekst"));
    }

    [DbFact]
    public async Task Verdagen_AfterTheTerm_ShowsTheRuleAboveTheForm()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden: 60);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        var nieuw = app.Klok.Vandaag().AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Verdagen/{id}", new Dictionary<string, string>
        {
            ["Input.NieuweDatum"] = nieuw, ["Input.Reden"] = "Te laat",
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Contains("Awb 4:14 lid 3", pagina.Formulierfout, StringComparison.Ordinal);
    }
}
