using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Inkomstenopgaven.Importeren;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Inkomstenopgaven;

/// <summary>
/// The CSV import as the consulent meets it: from the menu and the quick entry, a file upload (multipart, with the form's
/// antiforgery token), a refused file shown as a table of regel, kolom and melding with nothing saved, a good file saved
/// with the count and the total in the message; and the example file fits the page's own columns.
/// </summary>
public sealed class ImporterenPaginaTests(AppFixture app)
{
    private const string Pagina = "/Inkomstenopgaven/Importeren";

    private const string Kop = "klant;maand;persoon;werkgever;periode_van;periode_tot;netto;bruto;vakantiegeld;uren;document";

    private static readonly Lid Gemeente = Leden.Utrecht;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Upload_ABadFile_ShowsEveryProblemInATable_ThenTheGoodFile_IsSavedWithCountAndTotal()
    {
        var (toekenning, _, aanvraag) = await app.ActieveToekenningAsync(Gemeente, dagenGeleden: 70);
        var vorige = Maand.Van(app.Klok.Vandaag()).Vorige;
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);
        var slecht = $"{Kop}\r\n{aanvraag};{vorige};aanvrager;Bakkerij;;;600,00;780,00;;40;\r\n{aanvraag};{vorige};aanvrager;Slagerij;;;12.34;780,00;;40;\r\n";
        var goed = $"{Kop}\r\n{aanvraag};{vorige};aanvrager;Bakkerij;;;600,00;780,00;;40;\r\n";

        var invoer = await client.GetPaginaAsync("/Inkomstenopgaven/Registreren");
        var formulier = await client.OpenFormulierAsync(Pagina);
        using var afgekeurd = await UploadAsync(client, formulier, "opgaven.csv", Encoding.UTF8.GetBytes(slecht));
        var fouten = await HtmlPagina.LeesAsync(afgekeurd);
        var opgavenNaFout = await OpgavenAsync(toekenning);
        using var geslaagd = await UploadAsync(client, await client.OpenFormulierAsync(Pagina), "opgaven.csv", Encoding.GetEncoding("ISO-8859-1").GetBytes(goed));
        var daarna = await client.GetPaginaAsync(geslaagd.Headers.Location!.OriginalString);

        Assert.NotNull(invoer.Zoek($"main a[href='{Pagina}']"));
        Assert.Equal("Opgaven inlezen", invoer.Zoek($"nav[aria-label=Hoofdmenu] a[href='{Pagina}']")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, fouten.Status);
        Assert.Equal("Het bestand heeft 1 fout; er is niets ingelezen. Verbeter het bestand en lees het opnieuw in.", fouten.FoutBij("Input.Bestand"));
        Assert.Equal(
            [["3", "netto", "Geef het bedrag als 1.234,56 of 1234,56: een komma voor de centen, eventueel punten tussen de duizendtallen."]],
            fouten.ZoekAlle("#importfouten tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()));
        Assert.Equal(0, opgavenNaFout);
        Assert.Equal(HttpStatusCode.Redirect, geslaagd.StatusCode);
        Assert.Equal("1 inkomstenopgave ingelezen, samen €\u00A0600,00 netto. Ze tellen mee in de volgende betaalrun.", daarna.Zoek("[role=status]")?.TextContent.Trim());
        Assert.Equal("Opgaven inlezen", daarna.Zoek("nav a[aria-current=page]")?.TextContent.Trim());
        Assert.Equal(1, await OpgavenAsync(toekenning));
    }

    [DbFact]
    public async Task TheForm_IsLabelled_AndTheExampleFile_HasThePagesColumns_AndReadsWithoutProblems()
    {
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await client.GetPaginaAsync(Pagina);
        using var voorbeeld = await client.GetAsync(new Uri(Pagina + "?handler=Voorbeeld", UriKind.Relative), Ct);
        var bytes = await voorbeeld.Content.ReadAsByteArrayAsync(Ct);
        var tekst = Bestandstekst.Tekst(bytes);
        var (rijen, fouten) = Opgavebestand.Lees(tekst, new InkomstenopgaveRegistrerenValidator(app.Klok));

        Assert.Equal("multipart/form-data", pagina.Zoek("#Input_Bestand")?.Closest("form")?.GetAttribute("enctype"));
        Assert.Equal("CSV-bestand", pagina.Zoek("label[for=Input_Bestand]")?.TextContent.Trim());
        Assert.Equal("file", pagina.Zoek("#Input_Bestand")?.GetAttribute("type"));
        Assert.Equal(
            Opgavekolommen.Alle.Select(k => k.Kop),
            pagina.ZoekAlle("section[aria-labelledby=kop-kolommen] tbody th code").Select(c => c.TextContent));
        Assert.Equal(HttpStatusCode.OK, voorbeeld.StatusCode);
        Assert.Equal("text/csv", voorbeeld.Content.Headers.ContentType?.MediaType);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 met BOM, zodat Excel é en ë goed toont");
        Assert.StartsWith(string.Join(';', Opgavekolommen.Alle.Select(k => k.Kop)) + "\r\n", tekst, StringComparison.Ordinal);
        Assert.Empty(fouten);
        Assert.Equal(2, rijen.Count);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, GeopendFormulier formulier, string naam, byte[] inhoud)
    {
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(formulier.Token), "__RequestVerificationToken");
        foreach (var (veld, waarde) in formulier.Verborgen)
        {
            body.Add(new StringContent(waarde), veld);
        }

        var bestand = new ByteArrayContent(inhoud);
        bestand.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(bestand, "Input.Bestand", naam);
        return await client.PostAsync(new Uri(Pagina, UriKind.Relative), body, Ct);
    }

    private Task<int> OpgavenAsync(int toekenning) =>
        app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().CountAsync(o => o.ToekenningId == toekenning, Ct));
}
