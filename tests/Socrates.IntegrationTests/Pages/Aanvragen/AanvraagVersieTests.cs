using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Application.Aanvragen.Huishouden.Woonsituatie;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Aanvragen;

/// <summary>
/// Every form on an aanvraag carries the version it was rendered from. A form submitted after a colleague changed the
/// aanvraag is refused with 409 and a Dutch message, and changes nothing; it is never applied to whatever is current
/// (the probe's teamleider approved a toekenning that had meanwhile become an afwijzing).
/// </summary>
public sealed class AanvraagVersieTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.DenHaag;
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    public static TheoryData<string> Formulieren => ["Indienen", "Intrekken", "Verdagen", "Hersteltermijn", "Bewijsstukken", "Besluit", "GeenDwangsom", "DwangsomVaststellen"];

    [DbFact]
    public async Task AStaleApproval_OfAProposalThatWasSentBackAndReplaced_IsRefused_AndTheAfwijzingStands()
    {
        var id = await InBehandelingAsync();
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = Vandaag.AddDays(-30) });
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var formulier = await teamleider.OpenFormulierAsync($"/Aanvragen/Beoordelen/{id}");
        Assert.Contains("Toekennen", (await teamleider.GetPaginaAsync($"/Aanvragen/Beoordelen/{id}")).Tekst, StringComparison.Ordinal);

        // Meanwhile a colleague sends it back, and the consulent proposes an afwijzing.
        await using (var collega = app.AlsGebruiker(Rol.Teamleider, Gemeente, "andere-teamleider"))
        {
            await collega.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = false, Toelichting = "Inkomen ontbreekt." });
        }

        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new BesluitVoorstellen
            {
                AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Afgewezen, Afwijzingsgrond = Afwijzingsgrond.VermogenBovenGrens, Motivering = "Vermogen boven de grens.",
            });
        }

        var versie = await app.VersieAsync(id);
        using var antwoord = await teamleider.VerstuurAsync(formulier, new Dictionary<string, string> { ["Input.Goedgekeurd"] = "true" });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.Conflict, pagina.Status);
        Assert.Contains("intussen gewijzigd", pagina.Formulierfout, StringComparison.Ordinal);
        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((AanvraagStatus.BesluitVoorgesteld, Besluitsoort.Afgewezen, versie), (aanvraag.Status, aanvraag.Besluitvorming.Soort, aanvraag.Versie));
        Assert.False(await app.InDatabaseAsync(db => db.Beschikkingen.IgnoreQueryFilters().AnyAsync(b => b.AanvraagId == id)));
    }

    [DbTheory]
    [MemberData(nameof(Formulieren))]
    public async Task AStaleForm_IsRefusedWith409_AndChangesNothing(string pagina)
    {
        var (id, velden) = await VoorbereidAsync(pagina);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);
        var formulier = await client.OpenFormulierAsync($"/Aanvragen/{pagina}/{id}");
        Assert.Equal((await app.VersieAsync(id)).ToString(CultureInfo.InvariantCulture), formulier.Verborgen["Input.Versie"]);

        await using (var collega = app.AlsGebruiker(Rol.Consulent, Gemeente, "collega-consulent"))
        {
            await collega.Send(new WoonsituatieVastleggen { AanvraagId = id, Versie = await app.VersieAsync(id), Woonsituatie = Woonsituatie.Huur, Woonkosten = 612.50m });
        }

        var voor = await StandAsync(id);
        using var antwoord = await client.VerstuurAsync(formulier, velden);
        var resultaat = await HtmlPagina.LeesAsync(antwoord);

        Assert.True(resultaat.Status == HttpStatusCode.Conflict, $"{pagina}: {resultaat.Status} {resultaat.Formulierfout}");
        Assert.Contains("intussen gewijzigd", resultaat.Formulierfout, StringComparison.Ordinal);
        Assert.Equal(voor, await StandAsync(id));

        // The same values from a fresh form are accepted: the refusal was the version, not the input.
        using var vers = await client.VerstuurAsync(await client.OpenFormulierAsync($"/Aanvragen/{pagina}/{id}"), velden);
        Assert.Equal(HttpStatusCode.Redirect, vers.StatusCode);
    }

    private async Task<(int Id, Dictionary<string, string> Velden)> VoorbereidAsync(string pagina)
    {
        switch (pagina)
        {
            case "Indienen":
                return (await app.GemeldAsync(Gemeente), new() { ["Input.Ontvangstdatum"] = Iso(Vandaag) });
            case "Intrekken":
                return (await app.IngediendAsync(Gemeente), new() { ["Input.Reden"] = "De aanvrager heeft werk gevonden." });
            case "Verdagen":
                return (await app.IngediendAsync(Gemeente), new() { ["Input.NieuweDatum"] = Iso(Vandaag.AddDays(40)), ["Input.Reden"] = "Advies van de arts nodig." });
            case "Hersteltermijn":
                var ingediend = await app.IngediendAsync(Gemeente);
                await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
                {
                    await consulent.Send(new BewijsstukVragen { AanvraagId = ingediend, Versie = await app.VersieAsync(ingediend), Omschrijving = "Loonstroken", GevraagdOp = Vandaag });
                }

                return (ingediend, new() { ["Input.Vanaf"] = Iso(Vandaag), ["Input.Tot"] = Iso(Vandaag.AddDays(14)) });
            case "GeenDwangsom":
                return (await app.MetIngebrekestellingAsync(Gemeente), new() { ["Input.Grond"] = nameof(GeenDwangsomGrond.OnredelijkLaatInGebreke), ["Input.Toelichting"] = "Twee jaar na de termijn." });
            case "DwangsomVaststellen":
                return (await app.MetIngebrekestellingAsync(Gemeente), []);
            case "Bewijsstukken":
                return (await app.IngediendAsync(Gemeente), new() { ["Input.Omschrijving"] = "Bankafschriften", ["Input.GevraagdOp"] = Iso(Vandaag) });
            default:
                return (await InBehandelingAsync(), new() { ["Input.Soort"] = nameof(Besluitsoort.Toegekend), ["Input.Ingangsdatum"] = Iso(Vandaag.AddDays(-30)) });
        }
    }

    private async Task<int> InBehandelingAsync()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        return id;
    }

    private Task<(int Versie, AanvraagStatus Status, int Bewijsstukken)> StandAsync(int id) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id)
            .Select(a => new ValueTuple<int, AanvraagStatus, int>(a.Versie, a.Status, a.Bewijsstukken.Count)).SingleAsync());

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
