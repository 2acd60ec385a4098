using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Terugvorderingen;

/// <summary>The collection pages of a decided claim: each renders, refuses bad input in Dutch, and is closed to the wrong role.</summary>
public sealed class InvorderingPaginaTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Amsterdam;

    [DbTheory]
    [InlineData("Details", "Grootboek")]
    [InlineData("Aflossing", "Voorstel volgens de regels van de gemeente")]
    [InlineData("Verrekening", "Ruimte boven de beslagvrije voet")]
    [InlineData("Betalingen", "Referentie van de bank")]
    [InlineData("Correctie", "Wat doet de correctie?")]
    [InlineData("Afzien", "Afzien van terugvordering voorstellen")]
    [InlineData("Aanmaning", "Datum van de aanmaning")]
    [InlineData("Boete", "Verwijtbaarheid")]
    [InlineData("Oninbaar", "Oninbaar verklaren")]
    [InlineData("Beschikking", "Bent u het niet eens met dit besluit?")]
    public async Task Get_DecidedLid1Claim_ShowsThePage(string pagina, string tekst)
    {
        var id = await FraudeclaimAsync();
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);

        var html = await client.GetPaginaAsync($"/Terugvorderingen/{pagina}/{id}");

        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.Contains(tekst, html.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Details_ShowsTheHistoryFromTheAuditTrail_WithNames()
    {
        var id = await FraudeclaimAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await client.GetPaginaAsync($"/Terugvorderingen/Details/{id}");
        var geschiedenis = pagina.Zoek("section[aria-labelledby=kop-geschiedenis]")?.TextContent ?? "";

        Assert.Contains("Terugvordering voorgesteld", geschiedenis, StringComparison.Ordinal);
        Assert.Contains("Terugvordering beoordeeld door de teamleider", geschiedenis, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_VerrekeningAboveTheRoom_IsRefusedWithTheBeslagvrijeVoet()
    {
        var id = await FraudeclaimAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await client.PostFormAsync($"/Terugvorderingen/Verrekening/{id}", new Dictionary<string, string> { ["Input.Maandbedrag"] = "900,00" });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Contains("beslagvrije voet", pagina.Formulierfout, StringComparison.Ordinal);
        Assert.Null((await app.VorderingAsync(id)).VerrekeningPerMaand);
    }

    [DbFact]
    public async Task Post_CorrectieWithoutReasonOrAmount_ShowsMessagesAtTheFields()
    {
        var id = await FraudeclaimAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await client.PostFormAsync($"/Terugvorderingen/Correctie/{id}", new Dictionary<string, string>
        {
            ["Input.Richting"] = "Verlagen", ["Input.Bedrag"] = "", ["Input.Reden"] = new string('x', 1001),
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal("Vul het bedrag in.", pagina.FoutBij("Input.Bedrag"));
        Assert.Equal("De reden is te lang (hoogstens 1000 tekens).", pagina.FoutBij("Input.Reden"));
        Assert.Single((await app.VorderingAsync(id)).Mutaties);
    }

    [DbFact]
    public async Task Oninbaar_IsClosedToAConsulent()
    {
        var id = await FraudeclaimAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await client.GetAsync(new Uri($"/Terugvorderingen/Oninbaar/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Account/GeenToegang", antwoord.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<int> FraudeclaimAsync()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        return await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.VorigeMaand, 640m)));
    }
}
