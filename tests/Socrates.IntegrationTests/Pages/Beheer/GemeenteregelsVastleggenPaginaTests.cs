using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

/// <summary>The form for a new version: prefilled, what-if without saving, and bad input back at the field. Saves nothing here (EigenDatabase/GemeenteregelsVastleggenStappenTests saves).</summary>
public sealed class GemeenteregelsVastleggenPaginaTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Get_IsPrefilledWithTheRulesInForce_FromNextMonth()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);

        var pagina = await client.GetPaginaAsync("/Beheer/Gemeenteregels/Vastleggen");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.StartsWith("10", pagina.Zoek("#Input_Regels_WoonkostenverlagingPercentage_")?.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal(Leden.Amsterdam.Briefhoofd.Naam, pagina.Zoek("#Input_Regels_BriefNaam_")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task Doorrekenen_ShowsTheWhatIf_AndSavesNothing()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);
        var aantal = await Aantal();

        using var antwoord = await client.VerstuurAsync("/Beheer/Gemeenteregels/Vastleggen",
            new Dictionary<string, string> { ["Input.Regels[WoonkostenverlagingPercentage]"] = "15" }, "Doorrekenen");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.True(pagina.Status == HttpStatusCode.OK, string.Join(" | ", pagina.ZoekAlle(".invalid-feedback, #formulierfouten").Select(e => e.TextContent.Trim())));
        Assert.Contains("Doorrekening voor", pagina.Tekst, StringComparison.Ordinal);
        Assert.NotNull(pagina.Zoek("#doorrekening-omlaag"));
        Assert.Equal("15", pagina.Zoek("input[type=hidden][name='Input.Regels[WoonkostenverlagingPercentage]']")?.GetAttribute("value"));
        Assert.Equal(aantal, await Aantal());
    }

    [DbTheory]
    [InlineData("Input.Regels[WoonkostenverlagingPercentage]", "150", "Het percentage woonkostenverlaging ligt tussen 0 en 100 procent.")]
    [InlineData("Input.Regels[TerugvorderingMinimum]", "-5", "Het minimumbedrag voor terugvordering kan niet negatief zijn.")]
    [InlineData("Input.Regels[VakantietoeslagUitbetaalmaand]", "0", "De uitbetaalmaand is een maand van 1 tot en met 12.")]
    [InlineData("Input.Regels[SignaleringsdagenBeslistermijn]", "57", "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken).")]
    [InlineData("Input.Regels[BriefPostadres]", "", "Vul het postadres in.")]
    [InlineData("Input.Toelichting", "", "Vul de reden van deze wijziging in.")]
    [InlineData("Input.GeldigVanaf", "2020-01-01", "Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later.")]
    public async Task Post_BadValue_ShowsTheMessageAtTheField_AndSavesNothing(string veld, string waarde, string melding)
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);
        var aantal = await Aantal();
        var velden = new Dictionary<string, string> { ["Input.Toelichting"] = "Ongeldig", [veld] = waarde };

        using var antwoord = await client.VerstuurAsync("/Beheer/Gemeenteregels/Vastleggen", velden);

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal(melding, pagina.FoutBij(veld));
        Assert.Single(pagina.ZoekAlle(".invalid-feedback"));
        Assert.Equal(aantal, await Aantal());
    }

    [DbTheory]
    [InlineData("9999-12-31")]
    [InlineData("2099-01-01")]
    public async Task Doorrekenen_FarFutureDate_ShowsAMessage_NotAnError(string datum)
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);

        using var antwoord = await client.VerstuurAsync("/Beheer/Gemeenteregels/Vastleggen", new Dictionary<string, string> { ["Input.GeldigVanaf"] = datum }, "Doorrekenen");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.NotNull(pagina.FoutBij("Input.GeldigVanaf"));
    }

    [DbFact]
    public async Task Vergelijken_ShowsBothVersions_AndAnUnknownVersionIsNotFound()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);

        var pagina = await client.GetPaginaAsync("/Beheer/Gemeenteregels/Vergelijken?A=1&B=1");
        var onbekend = await client.GetPaginaAsync("/Beheer/Gemeenteregels/Vergelijken?A=1&B=999999");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("0 waarden verschillen", pagina.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.Status);
    }

    private Task<int> Aantal() => app.InDatabaseAsync(db => db.InstellingenVan(Leden.Amsterdam.Code).CountAsync(Ct));
}
