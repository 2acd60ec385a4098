using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Werkvoorraad;

public sealed class WerkvoorraadPaginaTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbTheory]
    [InlineData(Rol.Consulent)]
    [InlineData(Rol.Teamleider)]
    public async Task Get_ConsulentAndTeamleider_SeeTheWerkvoorraad(string rol)
    {
        var client = await app.LoginAsync(rol, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync("/Werkvoorraad");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal("Werkvoorraad", pagina.Zoek("h1")?.TextContent.Trim());
        var actief = pagina.Zoek("nav[aria-label='Weergave van de werkvoorraad'] a[aria-current=page]")?.TextContent.Trim();
        Assert.Equal(rol == Rol.Teamleider ? "Hele team" : "Mijn werkvoorraad", actief);
    }

    [DbFact]
    public async Task Get_Beheerder_IsSentToGeenToegang()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Rotterdam);

        using var antwoord = await client.GetAsync(new Uri("/Werkvoorraad", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", antwoord.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Get_RowShowsDueDateWithBadgeText_AndLinksToTheDossier()
    {
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var verlopen = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: -3, behandelaar: consulent, achternaam: "Verlopen");
        var opTijd = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 56, behandelaar: consulent, achternaam: "Optijd");
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Werkvoorraad?Weergave=Team&Behandelaar={consulent.Id}");

        var rijen = pagina.ZoekAlle("table tbody tr");
        Assert.Equal(2, rijen.Count);
        var eerste = rijen[0];
        Assert.Equal($"/Aanvragen/Dossier/{verlopen}", eerste.QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal("Test Verlopen", eerste.QuerySelector("th a")?.TextContent.Trim());
        Assert.Contains(WerkvoorraadTestData.Vandaag.AddDays(-3).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), eerste.TextContent, StringComparison.Ordinal);
        Assert.Equal("3 dagen verlopen", eerste.QuerySelector(".badge.text-bg-danger")?.TextContent.Trim());
        Assert.Equal("nog 56 dagen", rijen[1].QuerySelector(".badge.text-bg-success")?.TextContent.Trim());
        Assert.Equal($"/Aanvragen/Dossier/{opTijd}", rijen[1].QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal("ascending", pagina.Zoek("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Contains("Uiterste beslisdatum", pagina.Zoek("th[aria-sort]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(eerste.QuerySelector("form select[name='Input.BehandelaarId']"));
    }

    [DbFact]
    public async Task Get_LinksAndFormsCarryNoPersonalData()
    {
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 10, behandelaar: consulent, achternaam: "Geheimhouder");
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Werkvoorraad?Weergave=Team&Behandelaar={consulent.Id}");

        Assert.Contains("Test Geheimhouder", pagina.Tekst, StringComparison.Ordinal);
        var adressen = pagina.ZoekAlle("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(pagina.ZoekAlle("form[action]").Select(f => f.GetAttribute("action")!));
        Assert.All(adressen, a => Assert.DoesNotContain("Geheimhouder", a, StringComparison.OrdinalIgnoreCase));
    }

    [DbFact]
    public async Task Get_NothingOnMyName_ShowsTheEmptyState()
    {
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var client = app.NieuweClient();
        await client.InloggenAsync(consulent.Email, SocratesApp.Wachtwoord);

        var pagina = await client.GetPaginaAsync("/Werkvoorraad");

        Assert.Null(pagina.Zoek("table"));
        Assert.StartsWith("Er staan geen open aanvragen op uw naam.", pagina.Zoek("#leeg")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Get_MoreThan25_ShowsPagination()
    {
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        for (var i = 0; i < 26; i++)
        {
            await app.AanvraagAsync(Leden.Rotterdam, dagenOver: i, behandelaar: consulent);
        }

        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var eerste = await client.GetPaginaAsync($"/Werkvoorraad?Weergave=Team&Behandelaar={consulent.Id}");
        var volgende = eerste.Zoek("nav[aria-label='Paginering van de werkvoorraad'] a[aria-label='Pagina 2']")?.GetAttribute("href");
        var tweede = await client.GetPaginaAsync(volgende!);

        Assert.Equal(25, eerste.ZoekAlle("table tbody tr").Count);
        Assert.Contains("26 aanvragen, pagina 1 van 2", eerste.Tekst, StringComparison.Ordinal);
        Assert.Single(tweede.ZoekAlle("table tbody tr"));
        Assert.Equal("2", tweede.Zoek("nav[aria-label='Paginering van de werkvoorraad'] a[aria-current=page]")?.TextContent.Trim());
    }

    [DbFact]
    public async Task PostOppakken_Consulent_TakesTheAanvraagAndReturnsToTheSameView()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 15, behandelaar: collega);
        var client = app.NieuweClient();
        await client.InloggenAsync(ik.Email, SocratesApp.Wachtwoord);
        var adres = $"/Werkvoorraad?Weergave=Team&Behandelaar={collega.Id}";
        var pagina = await client.GetPaginaAsync(adres);
        var formulier = pagina.Zoek("table tbody tr form")!;
        Assert.StartsWith("Oppakken", formulier.QuerySelector("button")?.TextContent.Trim(), StringComparison.Ordinal);

        using var antwoord = await client.PostFormAsync(adres, Velden(formulier), formulier.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(adres, antwoord.Headers.Location?.OriginalString);
        Assert.Equal(ik.Id, await app.BehandelaarVanAsync(id));
        var daarna = await client.GetPaginaAsync("/Werkvoorraad");
        Assert.Equal("U hebt de aanvraag opgepakt.", daarna.Zoek(".alert-success")?.TextContent.Trim());
        Assert.Equal($"/Aanvragen/Dossier/{id}", daarna.Zoek("table tbody th a")?.GetAttribute("href"));
    }

    [DbFact]
    public async Task PostToewijzen_Teamleider_AssignsWithTheRowsSelect()
    {
        var eerste = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var tweede = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 15, behandelaar: eerste);
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);
        var adres = $"/Werkvoorraad?Weergave=Team&Behandelaar={eerste.Id}";
        var formulier = (await client.GetPaginaAsync(adres)).Zoek("table tbody tr form")!;
        var opties = formulier.QuerySelectorAll("select[name='Input.BehandelaarId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(tweede.Id, opties);
        var velden = Velden(formulier);
        velden["Input.BehandelaarId"] = tweede.Id;

        using var antwoord = await client.PostFormAsync(adres, velden, formulier.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(tweede.Id, await app.BehandelaarVanAsync(id));
        Assert.Equal("De aanvraag is toegewezen.", (await client.GetPaginaAsync(adres)).Zoek(".alert-success")?.TextContent.Trim());
    }

    [DbFact]
    public async Task PostToewijzen_ConsulentToAColleague_ShowsTheRuleAndSavesNothing()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 15);
        var client = app.NieuweClient();
        await client.InloggenAsync(ik.Email, SocratesApp.Wachtwoord);

        using var antwoord = await client.PostFormAsync("/Werkvoorraad", new Dictionary<string, string>
        {
            ["Input.AanvraagId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Versie"] = (await app.VersieAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.BehandelaarId"] = collega.Id,
        }, "/Werkvoorraad?handler=Toewijzen");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.StartsWith("Als consulent kunt u een aanvraag alleen zelf oppakken.", pagina.Formulierfout, StringComparison.Ordinal);
        Assert.NotNull(pagina.Zoek("h1"));
        Assert.Null(await app.BehandelaarVanAsync(id));
    }

    [DbFact]
    public async Task PostToewijzen_StaleVersie_ShowsTheConflict()
    {
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 15);
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);
        var oud = await app.VersieAsync(id);
        await using (var als = app.Als(collega))
        {
            await als.Send(new Application.Aanvragen.Toewijzen.AanvraagToewijzen { AanvraagId = id, Versie = oud, BehandelaarId = collega.Id });
        }

        using var antwoord = await client.PostFormAsync("/Werkvoorraad", new Dictionary<string, string>
        {
            ["Input.AanvraagId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Versie"] = oud.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.BehandelaarId"] = collega.Id,
        }, "/Werkvoorraad?handler=Toewijzen");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.Conflict, pagina.Status);
        Assert.StartsWith("Test Consulent heeft deze gegevens intussen gewijzigd (om ", pagina.Formulierfout, StringComparison.Ordinal);
        Assert.Contains("Uw wijziging is niet opgeslagen", pagina.Formulierfout, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Velden(AngleSharp.Dom.IElement formulier) =>
        formulier.QuerySelectorAll("input[name], select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? "");
}
