using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Terugvorderingen;

/// <summary>The terugvordering pages over HTTP: Dutch messages at the field, nothing saved on bad input, 404 across municipalities.</summary>
public sealed class TerugvorderingPaginaTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task Post_NegativeAmountAndMonthOutsideTheToekenning_ShowErrorsAtTheirRows_AndSaveNothing()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Gemeente);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);
        var url = $"/Terugvorderingen/Voorstellen?toekenning={toekenning}";

        using var negatief = await client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Grond"] = nameof(Terugvorderingsgrond.Lid2aAnderszinsTeHoog), ["Input.Motivering"] = "Te veel betaald.",
            ["Input.Maanden[0].Maand"] = Vorderingshulp.DezeMaand, ["Input.Maanden[0].Bedrag"] = "-5,00",
        });
        var pagina = await HtmlPagina.LeesAsync(negatief);
        using var buiten = await client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Grond"] = nameof(Terugvorderingsgrond.Lid2aAnderszinsTeHoog), ["Input.Motivering"] = "Te veel betaald.",
            ["Input.Maanden[0].Maand"] = "2019-01", ["Input.Maanden[0].Bedrag"] = "120,50",
        });
        var buitenPagina = await HtmlPagina.LeesAsync(buiten);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Het bedrag moet boven € 0,00 liggen.", pagina.FoutBij("Input.Maanden[0].Bedrag"));
        Assert.Equal("-5,00", pagina.Zoek("#Input_Maanden_0__Bedrag")?.GetAttribute("value"));
        Assert.StartsWith("Deze maand ligt buiten de toekenning", buitenPagina.FoutBij("Input.Maanden[0].Maand"), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AnyAsync(t => t.DebiteurId == aanvrager)));
    }

    [DbFact]
    public async Task Post_ValidClaim_RedirectsToItsPage_WithTheMonthsInDutch()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await client.PostFormAsync($"/Terugvorderingen/Voorstellen?toekenning={toekenning}", new Dictionary<string, string>
        {
            ["Input.Grond"] = nameof(Terugvorderingsgrond.Lid1Inlichtingenplicht), ["Input.Motivering"] = "Loon niet gemeld.",
            ["Input.Maanden[0].Maand"] = Vorderingshulp.DezeMaand, ["Input.Maanden[0].Bedrag"] = "1.234,56",
            ["Input.Maanden[1].Maand"] = "", ["Input.Maanden[1].Bedrag"] = "",
        });

        Assert.True(antwoord.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await HtmlPagina.LeesAsync(antwoord)).ZoekAlle(".invalid-feedback, #formulierfouten").Select(e => e.Id + ": " + e.TextContent)));
        var pagina = await client.GetPaginaAsync(antwoord.Headers.Location!.OriginalString);
        Assert.Contains("€\u00A01.234,56", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("Voorgesteld", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("art. 58 lid 1 Participatiewet", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Beschikking_OfAnApprovedClaim_NamesArticlesMonthsPaymentAndBezwaar()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.VorigeMaand, 321m)));
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);

        var pagina = await client.GetPaginaAsync($"/Terugvorderingen/Beschikking/{id}");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        foreach (var tekst in new[] { $"GM0344-T{Vorderingshulp.Vandaag.Year}-{id:000000}", "art. 58 lid 2 onder a Participatiewet", "€\u00A0321,00", "bezwaar", "4:87", Leden.Utrecht.Briefhoofd.Postadres })
        {
            Assert.Contains(tekst, pagina.Tekst, StringComparison.Ordinal);
        }

        // Utrecht's account comes from the test app's Betaalrekeningen:GM0344; the kenmerk is ISO 11649 over the claim's kenmerk.
        var betaling = pagina.Zoek("dl.brief-betaling")?.TextContent ?? "";
        Assert.Contains("NL91 ABNA 0417 1643 00", betaling, StringComparison.Ordinal);
        var kenmerk = Domain.Terugvorderingen.Betalingskenmerk.Van($"GM0344-T{Vorderingshulp.Vandaag.Year}-{id:000000}");
        Assert.Contains(kenmerk.Opgemaakt, betaling, StringComparison.Ordinal);
        Assert.True(Domain.Terugvorderingen.Betalingskenmerk.IsGeldig(kenmerk.Opgemaakt));
        Assert.Single(pagina.ZoekAlle("h1"));
    }

    [DbFact]
    public async Task NietInvorderen_BelowTheMinimum_LetterSaysNothingIsOwed_AndTheDebtorsListShowsIt()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.VorigeMaand, 150m)));
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var brief = await client.GetPaginaAsync($"/Terugvorderingen/Beschikking/{id}");
        var lijst = await client.GetPaginaAsync($"/Terugvorderingen?Debiteur={aanvrager}");

        Assert.Contains("dit bedrag niet van u terug te vorderen", brief.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoe u betaalt", brief.Tekst, StringComparison.Ordinal);
        Assert.Equal(TerugvorderingStatus.Kwijtgescholden, (await app.VorderingAsync(id)).Status);
        Assert.Contains("Kwijtgescholden", lijst.Tekst, StringComparison.Ordinal);
        Assert.Single(lijst.ZoekAlle("tbody tr"));
    }

    [DbFact]
    public async Task ClaimOfAnotherMunicipality_IsNotFound()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.VorigeMaand, 300m)));
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Amsterdam);

        using var antwoord = await client.GetAsync(new Uri($"/Terugvorderingen/Details/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [DbFact]
    public async Task Overzicht_IsForTheTeamleader_WithACsvExport()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await teamleider.GetPaginaAsync("/Terugvorderingen/Overzicht");
        using var csv = await teamleider.GetAsync(new Uri("/Terugvorderingen/Overzicht?handler=Export&formaat=Csv", UriKind.Relative), TestContext.Current.CancellationToken);
        using var geweigerd = await consulent.GetAsync(new Uri("/Terugvorderingen/Overzicht", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Art. 58 lid 1", pagina.Tekst, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Nummer;Kenmerk;Grond", (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
    }
}
