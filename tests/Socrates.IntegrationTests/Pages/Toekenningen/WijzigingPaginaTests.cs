using System.Globalization;
using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Toekenningen;

/// <summary>The wijziging as the consulent meets it: from the dossier of a running toekenning to the herberekening.</summary>
public sealed class WijzigingPaginaTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    [DbFact]
    public async Task TheDossierOfARunningToekenning_OffersAWijziging_AndBadInputIsShownAtTheFields()
    {
        var (bronId, _) = await app.ToegekendAsync(Leden.Amsterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Amsterdam);

        var dossier = await client.GetPaginaAsync($"/Aanvragen/Dossier/{bronId}");
        var formulier = await client.GetPaginaAsync($"/Aanvragen/Wijziging/{bronId}");
        using var antwoord = await client.PostFormAsync($"/Aanvragen/Wijziging/{bronId}", new Dictionary<string, string>
        {
            ["Input.Wijzigingsdatum"] = Vandaag.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Soort"] = "", ["Input.Omschrijving"] = "",
        });
        var fouten = await HtmlPagina.LeesAsync(antwoord);

        Assert.NotNull(dossier.Zoek($"a[href='/Aanvragen/Wijziging/{bronId}']"));
        Assert.Equal(HttpStatusCode.OK, formulier.Status);
        Assert.Equal(HttpStatusCode.BadRequest, fouten.Status);
        Assert.StartsWith("De datum van de wijziging kan niet in de toekomst liggen", fouten.FoutBij("Input.Wijzigingsdatum"), StringComparison.Ordinal);
        Assert.Equal("Kies wat er is gewijzigd.", fouten.FoutBij("Input.Soort"));
        Assert.Equal("Vul de omschrijving in.", fouten.FoutBij("Input.Omschrijving"));
    }

    [DbFact]
    public async Task ARegisteredWijziging_OpensItsDossier_WithTheHerberekening()
    {
        var (bronId, _) = await app.ToegekendAsync(Leden.Amsterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Amsterdam);
        var formulier = await client.GetPaginaAsync($"/Aanvragen/Wijziging/{bronId}");
        var versie = formulier.Zoek("input[name='Input.Versie']")?.GetAttribute("value") ?? "";
        var maandBegin = new DateOnly(Vandaag.Year, Vandaag.Month, 1);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Wijziging/{bronId}", new Dictionary<string, string>
        {
            ["Input.Wijzigingsdatum"] = maandBegin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Soort"] = "Inkomen",
            ["Input.Omschrijving"] = "Loonstrook van de nieuwe baan ontvangen.", ["Input.Versie"] = versie,
        });
        var wijziging = antwoord.Headers.Location!.ToString();
        var dossier = await client.GetPaginaAsync(wijziging);
        var id = wijziging.Split('/')[^1];
        var herberekening = await client.GetPaginaAsync($"/Aanvragen/Herberekening/{id}");
        using var nogmaals = await client.GetAsync(new Uri($"/Aanvragen/Wijziging/{bronId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/Aanvragen/Dossier/", wijziging, StringComparison.Ordinal);
        Assert.Contains("Wijziging voor", dossier.Zoek("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Loonstrook van de nieuwe baan ontvangen.", dossier.Tekst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, herberekening.Status);
        Assert.Single(herberekening.ZoekAlle("table.herberekening tbody tr"));
        Assert.Contains("geen verschil", herberekening.Tekst, StringComparison.Ordinal);
        Assert.Equal($"/Aanvragen/Dossier/{id}", nogmaals.Headers.Location?.ToString());   // one open wijziging: the form leads to it
    }

    [DbFact]
    public async Task AnotherMunicipalitysWijzigingPages_Are404()
    {
        var (bronId, _) = await app.ToegekendAsync(Leden.Amsterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.DenHaag);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPaginaAsync($"/Aanvragen/Wijziging/{bronId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPaginaAsync($"/Aanvragen/Herberekening/{bronId}")).Status);
    }
}
