using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Terugvorderingen;

/// <summary>The aflossing page of a debtor without running bijstand: his current income first, then the proposal (issue #20: € 454,56).</summary>
public sealed class AflossingPaginaTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    [DbFact]
    public async Task WithoutRunningBijstand_AsksForTheCurrentIncome_ThenProposes45456()
    {
        var id = await app.ClaimNaBeeindigingAsync(Gemeente);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var leeg = await client.GetPaginaAsync($"/Terugvorderingen/Aflossing/{id}");
        using var antwoord = await client.PostFormAsync($"/Terugvorderingen/Aflossing/{id}",
            new Dictionary<string, string> { ["Input.HuidigInkomen"] = "2.500,00" }, $"/Terugvorderingen/Aflossing/{id}?handler=Berekenen");
        var voorstel = await HtmlPagina.LeesAsync(antwoord);

        Assert.NotNull(leeg.Zoek("#Input_HuidigInkomen"));
        Assert.Null(leeg.Zoek("#voorstel"));
        Assert.Equal(HttpStatusCode.OK, voorstel.Status);
        Assert.Equal("€\u00A0454,56 per maand", voorstel.Zoek("#voorstel")?.TextContent.Trim());
        Assert.Equal("454,56", voorstel.Zoek("#Input_Maandbedrag")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task WithoutRunningBijstand_ANegativeIncome_IsRefusedAtTheField()
    {
        var id = await app.ClaimNaBeeindigingAsync(Gemeente);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await client.PostFormAsync($"/Terugvorderingen/Aflossing/{id}",
            new Dictionary<string, string> { ["Input.HuidigInkomen"] = "-1" }, $"/Terugvorderingen/Aflossing/{id}?handler=Berekenen");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Het huidige netto inkomen per maand kan niet negatief zijn.", pagina.FoutBij("Input.HuidigInkomen"));
    }
}
