using System.Net;
using Socrates.Application.Aanvragen.Huishouden.Kinderen;
using Socrates.Application.Aanvragen.Huishouden.Medebewoners;
using Socrates.Application.Aanvragen.Intrekken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Aanvragen.Huishouden;

public sealed class HuishoudenPaginaTests(AppFixture app)
{
    private static readonly string[] Onderdelen = ["Partner", "Kinderen", "Medebewoners", "Woonsituatie", "Inkomsten", "Vermogen"];

    private static DateOnly Vandaag => Huishoudhulp.Vandaag;

    public static TheoryData<string> Paginas => new(Onderdelen);

    [DbTheory]
    [MemberData(nameof(Paginas))]
    public async Task Get_Consulent_SeesThePage_WithItsNavigation(string onderdeel)
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/{onderdeel}/{id}");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal(onderdeel, pagina.Zoek("h1")?.TextContent.Trim());
        Assert.Equal(onderdeel, pagina.Zoek("nav[aria-label='Onderdelen van het huishouden'] a[aria-current=page]")?.TextContent.Trim());
        Assert.Equal($"/Aanvragen/Dossier/{id}", pagina.ZoekAlle("a").Single(a => a.TextContent.Trim() == "Terug naar het dossier").GetAttribute("href"));
        Assert.NotNull(pagina.Zoek("input[name='Input.Versie'][value='0']"));
    }

    [DbFact]
    public async Task Get_AnAanvraagOfAnotherMunicipality_Is404_OnEveryHouseholdPage()
    {
        var id = await app.AanvraagAsync(gemeente: Leden.Amsterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        foreach (var onderdeel in Onderdelen)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetPaginaAsync($"/Aanvragen/Huishouden/{onderdeel}/{id}")).Status);
        }
    }

    [DbFact]
    public async Task Get_Beheerder_HasNoAccess()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Rotterdam);

        using var antwoord = await client.GetAsync(new Uri($"/Aanvragen/Huishouden/Kinderen/{id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("/Account/GeenToegang", antwoord.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_KindBornInTheFuture_ShowsTheMessageAtTheField_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Huishouden/Kinderen/{id}", Velden(id, ("Voornaam", "Bas"), ("Geboortedatum", Iso(Vandaag.AddDays(1)))));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("De geboortedatum kan niet in de toekomst liggen.", pagina.FoutBij("Input.Geboortedatum"));
        Assert.Equal("Bas", pagina.Zoek("#Input_Voornaam")?.GetAttribute("value"));
        Assert.NotNull(pagina.Zoek("nav[aria-label='Onderdelen van het huishouden']"));
        Assert.Empty((await app.HuishoudenAsync(id)).Kinderen);
    }

    [DbFact]
    public async Task Post_ValidKind_RedirectsToTheSamePage_WhichShowsTheChildAndTheConfirmation()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        var geboren = Vandaag.AddYears(-6);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Huishouden/Kinderen/{id}", Velden(id, ("Voornaam", "Bas"), ("Geboortedatum", Iso(geboren))));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal($"/Aanvragen/Huishouden/Kinderen/{id}", antwoord.Headers.Location?.OriginalString);
        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/Kinderen/{id}");
        Assert.Contains("Het kind is toegevoegd.", pagina.Zoek("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(geboren.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), pagina.Zoek("table")?.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_Verwijderen_RemovesTheRow()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-6) });
        var kindId = Assert.Single((await app.HuishoudenAsync(id)).Kinderen).Id;
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync(
            $"/Aanvragen/Huishouden/Kinderen/{id}", new Dictionary<string, string> { ["kindId"] = $"{kindId}", ["versie"] = "1" },
            $"/Aanvragen/Huishouden/Kinderen/{id}?handler=Verwijderen");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Empty((await app.HuishoudenAsync(id)).Kinderen);
    }

    [DbFact]
    public async Task Post_WithAStaleVersion_IsAConflict_WithTheMessageAboveTheForm()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-6) });
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Huishouden/Kinderen/{id}", Velden(id, ("Voornaam", "Cato"), ("Geboortedatum", Iso(Vandaag.AddYears(-2)))));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.Conflict, pagina.Status);
        Assert.Contains("heeft deze gegevens intussen gewijzigd (om ", pagina.Formulierfout, StringComparison.Ordinal);   // who and when
        Assert.Contains("Uw wijziging is niet opgeslagen", pagina.Formulierfout, StringComparison.Ordinal);
        Assert.Single((await app.HuishoudenAsync(id)).Kinderen);
    }

    [DbFact]
    public async Task Medebewoners_ShowsAAndTheReasonPerHousemate()
    {
        var id = await app.AanvraagAsync(Vandaag.AddYears(-35));
        await app.StuurAsync(new MedebewonerToevoegen { AanvraagId = id, Versie = 0, Naam = "Bas", Geboortedatum = Vandaag.AddYears(-29), FamilieTotTweedeGraad = true });
        await app.StuurAsync(new MedebewonerToevoegen { AanvraagId = id, Versie = 1, Naam = "Eli", Geboortedatum = Vandaag.AddYears(-28), Student = true });
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/Medebewoners/{id}");

        Assert.Contains("Aantal kostendelers (A): 2", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("Telt mee: 29 jaar en geen uitzondering van art. 19a lid 1", pagina.Tekst, StringComparison.Ordinal);
        Assert.Contains("Telt niet mee: student", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Post_WoonkostenInDutchNotation_IsSaved_AndShownAsAnAmount()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Huishouden/Woonsituatie/{id}", Velden(id, ("Woonsituatie", "Huur"), ("Woonkosten", "712,50")));
        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/Woonsituatie/{id}");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("€\u00A0712,50", pagina.Tekst, StringComparison.Ordinal);
        Assert.Equal("712,50", pagina.Zoek("#Input_Woonkosten")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task Post_PartnerWithAnUnknownBsnAndNoName_ShowsTheMessagesAtTheFields()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Huishouden/Partner/{id}", Velden(id, ("Relatie", "Gehuwd"), ("Bsn", TestData.NieuwBsn())));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Vul de voornamen in.", pagina.FoutBij("Input.Voornamen"));
        Assert.Equal("Vul de geboortedatum in.", pagina.FoutBij("Input.Geboortedatum"));
        Assert.Null((await app.HuishoudenAsync(id)).Partner);
    }

    [DbFact]
    public async Task Post_NegativeDebts_ShowsTheMessageAtTheDebtsField()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync(
            $"/Aanvragen/Huishouden/Vermogen/{id}", Velden(id, ("Schulden", "-10")), $"/Aanvragen/Huishouden/Vermogen/{id}?handler=Schulden");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("De schulden kan niet negatief zijn.", pagina.FoutBij("Input.Schulden"));
    }

    [DbFact]
    public async Task Post_Bezitting_IsAdded_AndTheSaldoShown()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync(
            $"/Aanvragen/Huishouden/Vermogen/{id}", Velden(id, ("Soort", "Spaarrekening"), ("Omschrijving", "ING"), ("Waarde", "1.234,56")));
        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/Vermogen/{id}");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("€\u00A01.234,56", pagina.Zoek("table")?.TextContent, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Inkomsten_WithoutPartner_OffersOnlyTheAanvrager()
    {
        var id = await app.AanvraagAsync();
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/Inkomsten/{id}");

        var opties = pagina.ZoekAlle("#Input_Van option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "Aanvrager"], opties);
    }

    [DbFact]
    public async Task Get_WithdrawnAanvraag_ShowsTheDataWithoutForms()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-6) });
        await app.StuurAsync(new AanvraagIntrekken { AanvraagId = id, Versie = 1, Reden = "Werk gevonden" });
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Huishouden/Kinderen/{id}");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Bas", pagina.Zoek("table")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("kan niet meer worden gewijzigd", pagina.Zoek("main [role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(pagina.ZoekAlle("main form"));
    }

    private static Dictionary<string, string> Velden(int id, params (string Veld, string Waarde)[] velden)
    {
        var formulier = new Dictionary<string, string> { ["Input.AanvraagId"] = $"{id}", ["Input.Versie"] = "0" };
        foreach (var (veld, waarde) in velden)
        {
            formulier["Input." + veld] = waarde;
        }

        return formulier;
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
