using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Algemeen;

/// <summary>
/// Issue #19: one submit shows every message: a value model binding could not read, the validator's rules and the checks
/// against the database (months of the toekenning) together; the error summary at the top links each to its field.
/// </summary>
public sealed class FoutoverzichtTests(AppFixture app)
{
    [DbFact]
    public async Task Terugvordering_WithFourBadFields_ShowsEveryMessageInOneSubmit_InTheSummaryWithLinks()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Leden.Utrecht);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Utrecht);

        using var antwoord = await client.PostFormAsync($"/Terugvorderingen/Voorstellen?toekenning={toekenning}", new Dictionary<string, string>
        {
            ["Input.Grond"] = "", ["Input.Motivering"] = "",
            ["Input.Maanden[0].Maand"] = Vorderingshulp.DezeMaand, ["Input.Maanden[0].Bedrag"] = "twaalf",   // binding error
            ["Input.Maanden[1].Maand"] = "2019-01", ["Input.Maanden[1].Bedrag"] = "10,00",                   // outside the toekenning
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Kies de grond van de terugvordering.", pagina.FoutBij("Input.Grond"));
        Assert.NotNull(pagina.FoutBij("Input.Motivering"));
        Assert.Equal("Deze waarde is ongeldig.", pagina.FoutBij("Input.Maanden[0].Bedrag"));
        Assert.StartsWith("Deze maand ligt buiten de toekenning", pagina.FoutBij("Input.Maanden[1].Maand"), StringComparison.Ordinal);
        AllesInHetOverzicht(pagina, "Input.Grond", "Input.Motivering", "Input.Maanden[0].Bedrag", "Input.Maanden[1].Maand");
        Assert.Equal("twaalf", pagina.Zoek("#Input_Maanden_0__Bedrag")?.GetAttribute("value"));
        Assert.False(await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AnyAsync(t => t.DebiteurId == aanvrager)));
    }

    [DbFact]
    public async Task PersoonRegistreren_WithFiveBadFields_ShowsEveryMessageInOneSubmit_InTheSummaryWithLinks()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        using var antwoord = await client.PostFormAsync("/Personen/Registreren", new Dictionary<string, string>
        {
            ["Input.Bsn"] = "123456789", ["Input.Voornamen"] = "Fatima", ["Input.Achternaam"] = "",
            ["Input.Geboortedatum"] = "gisteren", ["Input.Straat"] = "Coolsingel", ["Input.Huisnummer"] = "tien",
            ["Input.Postcode"] = "12", ["Input.Woonplaats"] = "Rotterdam", ["Input.Iban"] = "",
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        AllesInHetOverzicht(pagina, "Input.Bsn", "Input.Achternaam", "Input.Geboortedatum", "Input.Huisnummer", "Input.Postcode");
        Assert.Equal(                                                // in the order of the form, as GOV.UK asks
            ["#Input_Bsn", "#Input_Achternaam", "#Input_Geboortedatum", "#Input_Huisnummer", "#Input_Postcode"],
            pagina.ZoekAlle("#foutoverzicht a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Dit is geen geldig BSN: controleer de negen cijfers (elfproef).", pagina.FoutBij("Input.Bsn"));
        Assert.False(await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().AnyAsync(p => p.Achternaam == "" && p.Voornamen == "Fatima")));
    }

    [DbFact]
    public async Task FormLevelMessage_IsInTheSummaryWithoutALink()
    {
        var email = await app.NieuweGebruikerAsync(Rol.Consulent, Leden.Utrecht);

        using var antwoord = await app.NieuweClient().InloggenPogingAsync(email, "Verkeerd-wachtwoord-1");
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(Web.Pages.Account.InloggenModel.Onjuist, pagina.Formulierfout);
        Assert.Empty(pagina.ZoekAlle("#foutoverzicht a"));
        Assert.Equal("Er ging iets mis", pagina.Zoek("#foutoverzicht h2")?.TextContent.Trim());
        Assert.StartsWith("Fout: ", pagina.Titel, StringComparison.Ordinal);
    }

    /// <summary>Each field's message is in the summary once, linked to the field's id, and every link of the summary has a target on the page.</summary>
    private static void AllesInHetOverzicht(HtmlPagina pagina, params string[] velden)
    {
        var overzicht = pagina.Zoek("#foutoverzicht");
        Assert.NotNull(overzicht);
        Assert.Equal("alert", overzicht.GetAttribute("role"));
        Assert.Equal("-1", overzicht.GetAttribute("tabindex"));
        Assert.StartsWith("Fout: ", pagina.Titel, StringComparison.Ordinal);
        var links = pagina.ZoekAlle("#foutoverzicht a").Select(a => (Href: a.GetAttribute("href") ?? "", Tekst: a.TextContent.Trim())).ToList();
        foreach (var veld in velden)
        {
            var id = veld.Replace('.', '_').Replace('[', '_').Replace(']', '_');
            var melding = pagina.FoutBij(veld);
            Assert.False(string.IsNullOrEmpty(melding), $"geen melding bij {veld}");
            Assert.Contains(("#" + id, melding), links);
        }

        Assert.All(links, l => Assert.True(pagina.Document.GetElementById(l.Href[1..]) is not null, $"{l.Href} bestaat niet op de pagina"));
    }
}
