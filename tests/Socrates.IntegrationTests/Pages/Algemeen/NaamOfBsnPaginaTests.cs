using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;
using Socrates.IntegrationTests.Slices.Personen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Algemeen;

/// <summary>
/// "Naam of BSN" on the werkvoorraad, the toekenningen and the terugvorderingen: the search is posted and the page
/// redirects to an opaque key, so neither a name nor a BSN reaches a Location header, a link or a form's address.
/// </summary>
public sealed class NaamOfBsnPaginaTests(AppFixture app)
{
    public static TheoryData<string> Lijsten => ["/Werkvoorraad?Weergave=Team", "/Toekenningen", "/Terugvorderingen?Filter=Alle"];

    [DbTheory]
    [MemberData(nameof(Lijsten))]
    public async Task Zoeken_OnANameWithItsTussenvoegsel_FindsThePerson_AndKeepsTheNameOutOfTheUrl(string lijst)
    {
        var (achternaam, _) = await PersoonInLijstAsync(lijst);
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var (adres, pagina) = await ZoekAsync(client, lijst, "de " + achternaam.ToUpperInvariant());

        Assert.DoesNotContain(achternaam, adres, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Zoek=", adres, StringComparison.Ordinal);
        var rij = Assert.Single(pagina.ZoekAlle("table tbody tr"));
        Assert.Contains("de " + achternaam, rij.TextContent, StringComparison.Ordinal);
        Assert.Equal("de " + achternaam.ToUpperInvariant(), pagina.Zoek("#Zoekterm")?.GetAttribute("value"));
        GeenPersoonsgegevensInAdressen(pagina, achternaam);

        var (_, omgekeerd) = await ZoekAsync(client, lijst, achternaam + ", de");
        Assert.Single(omgekeerd.ZoekAlle("table tbody tr"));
    }

    [DbTheory]
    [MemberData(nameof(Lijsten))]
    public async Task Zoeken_OnABsn_FindsExactlyThatPerson_AndTheBsnIsInNoLocationLinkOrForm(string lijst)
    {
        var (achternaam, bsn) = await PersoonInLijstAsync(lijst);
        await PersoonInLijstAsync(lijst);                                        // someone else in the same list
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var (adres, pagina) = await ZoekAsync(client, lijst, bsn);

        Assert.DoesNotContain(bsn, adres, StringComparison.Ordinal);
        var rij = Assert.Single(pagina.ZoekAlle("table tbody tr"));
        Assert.Contains(achternaam, rij.TextContent, StringComparison.Ordinal);
        GeenPersoonsgegevensInAdressen(pagina, bsn);
        var volgende = await client.GetPaginaAsync(pagina.ZoekAlle("nav a[href]").Select(a => a.GetAttribute("href")!).First(h => h.Contains("Zoek=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, volgende.Status);            // a tab keeps the search by its key
    }

    [DbTheory]
    [MemberData(nameof(Lijsten))]
    public async Task Zoeken_WithoutResult_SaysSoOnThePage(string lijst)
    {
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);
        var naam = ZoeknaamTests.Uniek("Nergens");

        var (_, pagina) = await ZoekAsync(client, lijst, naam);

        Assert.Empty(pagina.ZoekAlle("table tbody tr"));
        Assert.Contains($"Geen resultaten voor ‘{naam}’.", pagina.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Zoeken_ABsnFailingTheElfproef_SaysSo_AndAnUnknownKeyAsksToSearchAgain()
    {
        var client = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);

        var (_, pagina) = await ZoekAsync(client, "/Toekenningen", "123456789");
        var onbekend = await client.GetPaginaAsync("/Toekenningen?Zoek=onbekend");

        Assert.Contains("Geen resultaten voor 123456789: dat is geen geldig BSN", pagina.Tekst, StringComparison.Ordinal);
        Assert.NotNull(onbekend.Zoek("#zoekopdracht-verlopen"));
    }

    [DbFact]
    public async Task Zoeken_AnotherUsersKey_FindsNothingOfHisSearch()
    {
        var (achternaam, _) = await PersoonInLijstAsync("/Toekenningen");
        var teamleider = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);
        var (adres, _) = await ZoekAsync(teamleider, "/Toekenningen", achternaam);
        var consulent = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await consulent.GetPaginaAsync(adres);

        Assert.NotNull(pagina.Zoek("#zoekopdracht-verlopen"));
        Assert.True(string.IsNullOrEmpty(pagina.Zoek("#Zoekterm")?.GetAttribute("value")));
    }

    private static async Task<(string Adres, HtmlPagina Pagina)> ZoekAsync(HttpClient client, string lijst, string zoekterm)
    {
        var formulier = (await client.GetPaginaAsync(lijst)).Zoek("form[role=search]")!;
        using var antwoord = await client.PostFormAsync(lijst, new Dictionary<string, string> { ["Zoekterm"] = zoekterm }, formulier.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var adres = antwoord.Headers.Location!.OriginalString;
        return (adres, await client.GetPaginaAsync(adres));
    }

    private static void GeenPersoonsgegevensInAdressen(HtmlPagina pagina, string gegeven)
    {
        var adressen = pagina.ZoekAlle("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(pagina.ZoekAlle("form[action]").Select(f => f.GetAttribute("action")!)).ToList();
        Assert.NotEmpty(adressen);
        Assert.All(adressen, a => Assert.DoesNotContain(gegeven, Uri.UnescapeDataString(a), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A person with tussenvoegsel "de" and a name of his own in the list; his achternaam and BSN.</summary>
    private async Task<(string Achternaam, string Bsn)> PersoonInLijstAsync(string lijst)
    {
        int persoonId;
        if (lijst.StartsWith("/Werkvoorraad", StringComparison.Ordinal))
        {
            var aanvraag = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);
            persoonId = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == aanvraag).Select(a => a.AanvragerId).SingleAsync());
        }
        else
        {
            var (toekenningId, aanvragerId, _) = await app.ToekenningAsync(Leden.Rotterdam);
            persoonId = aanvragerId;
            if (lijst.StartsWith("/Terugvorderingen", StringComparison.Ordinal))
            {
                await app.VastgesteldAsync(Leden.Rotterdam, Vorderingshulp.Voorstel(toekenningId, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.VorigeMaand, 100m)));
            }
        }

        var achternaam = ZoeknaamTests.Uniek("Jong");
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        var persoon = await als.Db.Personen.SingleAsync(p => p.Id == persoonId);
        persoon.Wijzig(persoon.Voornamen, "de", achternaam, persoon.Geboortedatum, persoon.Adres, persoon.Iban);
        await als.Db.SaveChangesAsync();
        return (achternaam, persoon.Bsn.Waarde);
    }
}
