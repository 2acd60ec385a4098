using System.Globalization;
using System.Net;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Correctie;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Terugvorderingen;

/// <summary>
/// Every terugvordering action carries the version of the claim it was rendered from: after a colleague changed the claim
/// the form is refused with 409 and nothing is saved; the same values from a fresh form are accepted.
/// </summary>
public sealed class TerugvorderingVersieTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Amsterdam;

    public static TheoryData<string> Acties => ["Aanmaning", "Aflossing", "Verrekening", "Correctie", "Afzien", "Oninbaar", "Boete"];

    [DbFact]
    public async Task AStaleApproval_OfAClaimAColleagueSentBack_IsRefused()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            id = await consulent.Send(Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 400m)));
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var formulier = await teamleider.OpenFormulierAsync($"/Terugvorderingen/Beoordelen/{id}");
        await using (var collega = app.AlsGebruiker(Rol.Teamleider, Gemeente, "andere-teamleider"))
        {
            await collega.Send(new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Goedgekeurd = false, Toelichting = "Bedrag klopt niet." });
        }

        using var antwoord = await teamleider.VerstuurAsync(formulier, new Dictionary<string, string> { ["Input.Goedgekeurd"] = "true" });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.Conflict, pagina.Status);
        Assert.Contains("intussen gewijzigd", pagina.Formulierfout, StringComparison.Ordinal);
        Assert.NotEqual(TerugvorderingStatus.Vastgesteld, (await app.VorderingAsync(id)).Status);
    }

    [DbTheory]
    [MemberData(nameof(Acties))]
    public async Task AStaleActionForm_IsRefusedWith409_AndChangesNothing(string actie)
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 900m)));
        var client = await app.LoginAsync(actie == "Oninbaar" ? Rol.Teamleider : Rol.Consulent, Gemeente);
        var url = $"/Terugvorderingen/{actie}/{id}";
        var formulier = await client.OpenFormulierAsync(url);
        Assert.Equal((await app.VorderingVersieAsync(id)).ToString(CultureInfo.InvariantCulture), formulier.Verborgen["Input.Versie"]);

        await using (var collega = app.AlsGebruiker(Rol.Consulent, Gemeente, "collega-consulent"))
        {
            await collega.Send(new CorrectieBoeken
            {
                TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Richting = CorrectieRichting.Verhogen, Bedrag = 1m, Reden = "Afronding.",
            });
        }

        var voor = await StandAsync(id);
        using var antwoord = await client.VerstuurAsync(formulier, Velden(actie));
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.True(pagina.Status == HttpStatusCode.Conflict, $"{actie}: {pagina.Status} {pagina.Formulierfout}");
        Assert.Equal(voor, await StandAsync(id));
        using var vers = await client.VerstuurAsync(await client.OpenFormulierAsync(url), Velden(actie));
        Assert.True(vers.StatusCode == HttpStatusCode.Redirect, $"{actie} vers: {(await HtmlPagina.LeesAsync(vers)).Formulierfout}");
    }

    private static Dictionary<string, string> Velden(string actie) => actie switch
    {
        "Aanmaning" => new() { ["Input.Datum"] = Vorderingshulp.Vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        "Aflossing" => new() { ["Input.Maandbedrag"] = "25,00", ["Input.Reden"] = "Afspraak met de debiteur." },
        "Verrekening" => new() { ["Input.Maandbedrag"] = "5,00" },
        "Correctie" => new() { ["Input.Richting"] = nameof(CorrectieRichting.Verlagen), ["Input.Bedrag"] = "1,00", ["Input.Reden"] = "Typefout." },
        "Afzien" => new() { ["Input.Bedrag"] = "10,00", ["Input.Grond"] = nameof(AfzienGrond.Lid8DringendeRedenen), ["Input.Reden"] = "Schrijnende situatie." },
        "Oninbaar" => new() { ["Input.Reden"] = "Vertrokken naar onbekende bestemming." },
        _ => new() { ["Input.Verwijtbaarheid"] = nameof(Verwijtbaarheid.Normaal), ["Input.Motivering"] = "Inkomsten welbewust niet gemeld." },
    };

    private async Task<(int Versie, TerugvorderingStatus Status, long Saldo, int Vorderingen)> StandAsync(int id)
    {
        var vordering = await app.VorderingAsync(id);
        var aantal = await app.InDatabaseAsync(db => Task.FromResult(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Terugvorderingen).Count(t => t.DebiteurId == vordering.DebiteurId)));
        return (vordering.Versie, vordering.Status, vordering.Saldo.Centen, aantal);
    }
}
