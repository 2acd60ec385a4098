using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Aanvragen;

/// <summary>
/// Marking a bewijsstuk received (issue #19): the date is prefilled with today, and a missing or invalid date is shown
/// next to that document's own field, with nothing saved (it used to answer 400 with the message nowhere on the page).
/// </summary>
public sealed class BewijsstukkenPaginaTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task Ontvangen_TheDateIsPrefilledWithToday_AndThatIsSaved()
    {
        var (id, bewijsstuk) = await MetTweeBewijsstukkenAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var pagina = await client.GetPaginaAsync($"/Aanvragen/Bewijsstukken/{id}");
        var veld = pagina.Zoek($"#ontvangen-{bewijsstuk}");
        using var antwoord = await VerstuurAsync(client, id, bewijsstuk, veld?.GetAttribute("value") ?? "");

        Assert.Equal(Iso(app.Klok.Vandaag()), veld?.GetAttribute("value"));
        Assert.Equal("Input.OntvangenOp", veld?.GetAttribute("name"));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(app.Klok.Vandaag(), await OntvangenOpAsync(id, bewijsstuk));
    }

    [DbTheory]
    [InlineData("", "Vul de datum van ontvangst in.")]
    [InlineData("2026-02-31", "Deze waarde is ongeldig.")]
    [InlineData("gisteren", "Deze waarde is ongeldig.")]
    public async Task Ontvangen_WithoutAValidDate_ShowsTheMessageAtThatDocumentsField_AndSavesNothing(string datum, string melding)
    {
        var (id, bewijsstuk) = await MetTweeBewijsstukkenAsync();
        var versie = await app.VersieAsync(id);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await VerstuurAsync(client, id, bewijsstuk, datum);
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal(melding, pagina.FoutBij("Input.OntvangenOp"));
        var veld = pagina.Zoek("#Input_OntvangenOp");
        Assert.Equal(bewijsstuk.ToString(CultureInfo.InvariantCulture), veld?.ParentElement?.QuerySelector("input[name=bewijsstukId]")?.GetAttribute("value"));
        Assert.Equal("Input_OntvangenOp-fout", veld?.GetAttribute("aria-describedby"));
        Assert.Single(pagina.ZoekAlle(".invalid-feedback"));
        Assert.Null(await OntvangenOpAsync(id, bewijsstuk));
        Assert.Equal(versie, await app.VersieAsync(id));
    }

    [DbFact]
    public async Task Ontvangen_InTheFuture_ShowsTheMessageAtTheField()
    {
        var (id, bewijsstuk) = await MetTweeBewijsstukkenAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await VerstuurAsync(client, id, bewijsstuk, Iso(app.Klok.Vandaag().AddDays(1)));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("De datum van ontvangst kan niet in de toekomst liggen.", pagina.FoutBij("Input.OntvangenOp"));
        Assert.Null(await OntvangenOpAsync(id, bewijsstuk));
    }

    /// <summary>An aanvraag with two requested documents; returns it and the second one.</summary>
    private async Task<(int Id, int Bewijsstuk)> MetTweeBewijsstukkenAsync()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            foreach (var omschrijving in new[] { "Loonstroken", "Huurcontract" })
            {
                await consulent.Send(new BewijsstukVragen { AanvraagId = id, Versie = await app.VersieAsync(id), Omschrijving = omschrijving, GevraagdOp = app.Klok.Vandaag().AddDays(-5) });
            }
        }

        var tweede = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id)
            .SelectMany(a => a.Bewijsstukken).Where(b => b.Omschrijving == "Huurcontract").Select(b => b.Id).SingleAsync());
        return (id, tweede);
    }

    private async Task<HttpResponseMessage> VerstuurAsync(HttpClient client, int id, int bewijsstuk, string datum) =>
        await client.PostFormAsync($"/Aanvragen/Bewijsstukken/{id}", new Dictionary<string, string>
        {
            ["bewijsstukId"] = bewijsstuk.ToString(CultureInfo.InvariantCulture),
            ["versie"] = (await app.VersieAsync(id)).ToString(CultureInfo.InvariantCulture),
            ["Input.OntvangenOp"] = datum,
        }, $"/Aanvragen/Bewijsstukken/{id}?handler=Ontvangen");

    private Task<DateOnly?> OntvangenOpAsync(int id, int bewijsstuk) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id)
            .SelectMany(a => a.Bewijsstukken).Where(b => b.Id == bewijsstuk).Select(b => b.OntvangenOp).SingleAsync());

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
