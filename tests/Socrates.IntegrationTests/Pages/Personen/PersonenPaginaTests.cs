using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Personen;

public sealed class PersonenPaginaTests(AppFixture app)
{
    [DbFact]
    public async Task Registreren_BadBsn_ShowsTheMessageAtTheField_AndSavesNothing()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync("/Personen/Registreren", Velden(TestData.Persoon("123456789")));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Dit is geen geldig BSN: controleer de negen cijfers (elfproef).", pagina.FoutBij("Input.Bsn"));
        Assert.Equal("true", pagina.Zoek("#Input_Bsn")?.GetAttribute("aria-invalid"));
    }

    [DbFact]
    public async Task Registreren_Valid_RedirectsToThePerson_WithoutTheBsnInTheUrl()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        var bsn = TestData.NieuwBsn();

        using var antwoord = await client.PostFormAsync("/Personen/Registreren", Velden(TestData.Persoon(bsn)));
        var pagina = await client.GetPaginaAsync(antwoord.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.DoesNotContain(bsn, antwoord.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains(bsn, pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("De persoon is geregistreerd.", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Wijzigen_ShowsTheCurrentValues_AndABadPostcodeAtTheField()
    {
        var id = await app.PersoonAsync(Leden.Rotterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        var formulier = await client.GetPaginaAsync($"/Personen/Wijzigen/{id}");

        using var antwoord = await client.PostFormAsync($"/Personen/Wijzigen/{id}", Velden(TestData.Persoon() with { Postcode = "0000 AA" }));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal("3011 AD", formulier.Zoek("#Input_Postcode")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Een postcode is vier cijfers en twee letters, zoals 3011 AD.", pagina.FoutBij("Input.Postcode"));
    }

    [DbFact]
    public async Task Details_OfAnotherMunicipality_Is404()
    {
        var id = await app.PersoonAsync(Leden.Amsterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Personen/Details/{id}");

        Assert.Equal(HttpStatusCode.NotFound, pagina.Status);
    }

    [DbFact]
    public async Task Zoeken_IsAPost_AndFindsByBsn()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        var bsn = TestData.NieuwBsn();
        await client.PostFormAsync("/Personen/Registreren", Velden(TestData.Persoon(bsn, achternaam: "Zoekbaar")));

        using var antwoord = await client.PostFormAsync("/Personen", new Dictionary<string, string> { ["Input.Bsn"] = bsn });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal("1 persoon gevonden", pagina.Zoek("#kop-resultaat")?.TextContent.Trim());
        Assert.Contains("Anna Maria Zoekbaar", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Melden_FromThePersonPage_OpensTheDossier()
    {
        var id = await app.PersoonAsync(Leden.Rotterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync($"/Personen/Details/{id}", new Dictionary<string, string>
        {
            ["Input.Meldingsdatum"] = app.Klok.Vandaag().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var dossier = await client.GetPaginaAsync(antwoord.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, dossier.Status);
        Assert.Contains("Dossier van Anna Maria Jansen", dossier.Zoek("h1")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dossier.Zoek("a[href^='/Aanvragen/Indienen/']"));
    }

    private static Dictionary<string, string> Velden(Application.Personen.Registreren.PersoonRegistreren p) => new()
    {
        ["Input.Bsn"] = p.Bsn ?? "",
        ["Input.Voornamen"] = p.Voornamen ?? "",
        ["Input.Achternaam"] = p.Achternaam ?? "",
        ["Input.Geboortedatum"] = p.Geboortedatum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.Straat"] = p.Straat ?? "",
        ["Input.Huisnummer"] = p.Huisnummer?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.Postcode"] = p.Postcode ?? "",
        ["Input.Woonplaats"] = p.Woonplaats ?? "",
        ["Input.Iban"] = p.Iban ?? "",
    };
}
