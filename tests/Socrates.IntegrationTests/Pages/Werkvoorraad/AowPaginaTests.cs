using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Werkvoorraad;

/// <summary>Art. 47a lid 1: the AOW signal in the werkvoorraad and in the dossier, leading to the beëindiging.</summary>
public sealed class AowPaginaTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task AHouseholdReachingTheAowAge_IsListed_AndItsDossierSignalsIt_WithTheWayToTheBeeindiging()
    {
        var geboren = Vandaag.AddMonths(2).AddYears(-67);
        var aow = LandelijkeBedragen.Startset.AowLeeftijden.Verwacht(geboren, out var zeker);
        Assert.SkipUnless(zeker, $"De AOW-tabel van Socrates reikt nog niet tot {aow:yyyy}.");
        var (aanvraagId, _) = await app.ToegekendAsync(Gemeente, 40, geboren);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var lijst = await AllePaginasAsync(client);
        var dossier = await client.GetPaginaAsync($"/Aanvragen/Dossier/{aanvraagId}");
        var formulier = await client.GetPaginaAsync($"/Aanvragen/Wijziging/{aanvraagId}?Soort=AowLeeftijd");

        var rij = lijst.Select(p => p.Zoek($"a[href='/Aanvragen/Dossier/{aanvraagId}']")?.Closest("tr")).Single(r => r is not null);
        Assert.Contains(aow.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), rij!.TextContent, StringComparison.Ordinal);
        var signaal = dossier.Zoek("#aow-signaal");
        Assert.NotNull(signaal);
        Assert.Contains("art. 47a lid 1", signaal.TextContent, StringComparison.Ordinal);
        Assert.NotNull(signaal.QuerySelector("a[href*='Soort=AowLeeftijd']"));
        Assert.Equal("AowLeeftijd", formulier.Zoek("#Input_Soort option[selected]")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task TheBesluitPageOfAnAowWijziging_OffersOnlyTheBeeindiging_WithTheHandoverField()
    {
        var geboren = Vandaag.AddMonths(1).AddYears(-67);
        var aow = LandelijkeBedragen.Startset.AowLeeftijden.Verwacht(geboren, out var zeker);
        Assert.SkipUnless(zeker, $"De AOW-tabel van Socrates reikt nog niet tot {aow:yyyy}.");
        var (_, toekenning) = await app.ToegekendAsync(Gemeente, 40, geboren);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var id = await consulent.Send(new Application.Aanvragen.Wijziging.WijzigingRegistreren
        {
            ToekenningId = toekenning.Id, Versie = toekenning.Versie, Soort = Domain.Aanvragen.Wijzigingsoort.AowLeeftijd, Omschrijving = "AOW-leeftijd.",
        });
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Besluit/{id}");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.NotNull(pagina.Zoek("#Input_OverdrachtSvb"));
        Assert.Null(pagina.Zoek("#soort-toekennen"));
        Assert.Equal("Beeindigd", pagina.Zoek("input[type=hidden][name='Input.Soort']")?.GetAttribute("value"));
    }

    [DbFact]
    public async Task TheAowPage_IsForConsulentAndTeamleiderOnly()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var beheerder = await app.LoginAsync(Rol.Beheerder, Gemeente);

        var pagina = await teamleider.GetPaginaAsync("/Werkvoorraad/Aow");
        using var geweigerd = await beheerder.GetAsync(new Uri("/Werkvoorraad/Aow", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Equal("AOW-leeftijd in zicht", pagina.Zoek("nav[aria-label='Weergave van de werkvoorraad'] a[aria-current=page]")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
    }

    private static async Task<List<HtmlPagina>> AllePaginasAsync(HttpClient client)
    {
        var paginas = new List<HtmlPagina>();
        for (var nummer = 1; nummer <= 100; nummer++)
        {
            var pagina = await client.GetPaginaAsync($"/Werkvoorraad/Aow?Pagina={nummer}");
            paginas.Add(pagina);
            if (pagina.Zoek("#volgende") is null)
            {
                break;
            }
        }

        return paginas;
    }
}
