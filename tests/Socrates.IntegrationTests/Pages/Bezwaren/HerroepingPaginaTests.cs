using System.Net;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Bezwaren;

/// <summary>
/// The herroeping on the pages: the bezwaar and the dossier say what is to be done, the consulent's button opens the prefilled
/// wijziging, the list filters on it, and once the new besluit is taken both pages link to it. Also: no beslissing form before
/// a behandelaar is assigned, and the long texts are multi-line fields.
/// </summary>
public sealed class HerroepingPaginaTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task HerroepingVanEenToekenning_VanKnopTotUitgevoerd()
    {
        var (aanvraagId, toekenning) = await app.ToegekendAsync(Gemeente);
        var bezwaarId = await app.GegrondAsync(Gemeente, toekenning.AanvragerId, $"A{aanvraagId}");
        var kenmerk = (await app.BezwaarMetIdAsync(bezwaarId)).Kenmerk;
        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);

        var details = await teamleider.GetPaginaAsync($"/Bezwaren/Details/{bezwaarId}");
        Assert.Contains("Status: Herroeping uitvoeren", details.Tekst, StringComparison.Ordinal);
        Assert.NotNull(details.Zoek("[data-herroeping=uitvoeren]"));
        Assert.Null(details.Zoek($"a[href^='/Aanvragen/Wijziging/']"));                                        // the consulent's button only
        var lijst = await teamleider.GetPaginaAsync("/Bezwaren?Status=HerroepingUitvoeren");
        Assert.NotNull(lijst.Zoek($"a[href='/Bezwaren/Details/{bezwaarId}']"));
        Assert.Contains("Herroeping uit te voeren", lijst.Tekst, StringComparison.Ordinal);

        var dossier = await consulent.GetPaginaAsync($"/Aanvragen/Dossier/{aanvraagId}");
        var knop = dossier.Zoek($"[data-herroeping=uitvoeren] a[href='/Aanvragen/Wijziging/{aanvraagId}?bezwaar={bezwaarId}']");
        Assert.NotNull(knop);
        var formulier = await consulent.GetPaginaAsync(knop.GetAttribute("href")!);
        Assert.Equal(toekenning.Ingangsdatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), formulier.Zoek("#Input_Wijzigingsdatum")?.GetAttribute("value"));
        Assert.Contains($"Herroeping na bezwaar {kenmerk}", formulier.Zoek("#Input_Omschrijving")?.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal($"{bezwaarId}", formulier.Zoek("input[name='Input.BezwaarId']")?.GetAttribute("value"));

        var antwoord = await consulent.VerstuurAsync(await consulent.OpenFormulierAsync(knop.GetAttribute("href")!), new Dictionary<string, string>
        {
            ["Input.Wijzigingsdatum"] = formulier.Zoek("#Input_Wijzigingsdatum")!.GetAttribute("value")!,
            ["Input.Soort"] = nameof(Wijzigingsoort.Overig),
            ["Input.Omschrijving"] = formulier.Zoek("#Input_Omschrijving")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var wijziging = (await app.BezwaarMetIdAsync(bezwaarId)).HerroepingAanvraagId!.Value;
        Assert.Equal($"/Aanvragen/Dossier/{wijziging}", antwoord.Headers.Location?.OriginalString);

        await using (var als = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            var uitkomst = await als.Send(new BesluitVoorstellen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Soort = Besluitsoort.Toegekend, Ingangsdatum = toekenning.Ingangsdatum });
            Assert.False(uitkomst.Definitief);                                                             // Utrecht: four-eyes on the new toekenning
        }

        Assert.Equal(BezwaarStatus.HerroepingUitvoeren, (await app.BezwaarMetIdAsync(bezwaarId)).Status);
        await using (var als = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            await als.Send(new BesluitBeoordelen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Goedgekeurd = true });
        }

        foreach (var (client, adres) in new[] { (teamleider, $"/Bezwaren/Details/{bezwaarId}"), (consulent, $"/Aanvragen/Dossier/{aanvraagId}") })
        {
            var pagina = await client.GetPaginaAsync(adres);
            var uitgevoerd = pagina.Zoek("[data-herroeping=uitgevoerd]");
            Assert.NotNull(uitgevoerd);
            Assert.Contains("Herroeping uitgevoerd", uitgevoerd.TextContent, StringComparison.Ordinal);
            Assert.NotNull(uitgevoerd.QuerySelector($"a[href='/Aanvragen/Dossier/{wijziging}']"));
            Assert.Null(pagina.Zoek("[data-herroeping=uitvoeren]"));
        }
    }

    [DbFact]
    public async Task ZonderBehandelaar_GeenBeslissingsformulier_EnDeLangeTekstenZijnTekstvakken()
    {
        var (aanvraagId, toekenning) = await app.ToegekendAsync(Gemeente);
        var bezwaarId = await app.BezwaarAsync(Gemeente, toekenning.AanvragerId, $"A{aanvraagId}");
        var behandelaar = await app.LoginAsync(Rol.Bezwaarbehandelaar, Gemeente);

        var details = await behandelaar.GetPaginaAsync($"/Bezwaren/Details/{bezwaarId}");
        Assert.Null(details.Zoek($"a[href='/Bezwaren/Beslissing/{bezwaarId}']"));
        Assert.Contains("Wijs eerst een bezwaarbehandelaar toe", details.Tekst, StringComparison.Ordinal);
        var beslissing = await behandelaar.GetPaginaAsync($"/Bezwaren/Beslissing/{bezwaarId}");
        Assert.Equal(HttpStatusCode.OK, beslissing.Status);
        Assert.Null(beslissing.Zoek("form.formulier-smal"));
        Assert.NotNull(beslissing.Zoek($"a[href='/Bezwaren/Behandelaar/{bezwaarId}']"));

        await app.KlaarVoorBeslissingAsync(Gemeente, bezwaarId, AfzienVanHorenGrond.GeenGebruikVanHoren);
        var metBehandelaar = await behandelaar.GetPaginaAsync($"/Bezwaren/Beslissing/{bezwaarId}");
        var motivering = metBehandelaar.Zoek("textarea#Input_Motivering");
        Assert.NotNull(motivering);
        Assert.Equal(("Input.Motivering", "8", "true"), (motivering.GetAttribute("name"), motivering.GetAttribute("rows"), motivering.GetAttribute("aria-required")));
        Assert.NotNull(metBehandelaar.Zoek("label[for=Input_Motivering]"));

        var leeg = await behandelaar.VerstuurAsync(await behandelaar.OpenFormulierAsync($"/Bezwaren/Beslissing/{bezwaarId}"), new Dictionary<string, string>
        {
            ["Input.Uitkomst"] = nameof(BezwaarUitkomst.Ongegrond), ["Input.Motivering"] = "",
        });
        var fout = await HtmlPagina.LeesAsync(leeg);
        var vak = fout.Zoek("textarea#Input_Motivering");
        Assert.Equal(("true", "Input_Motivering-hint Input_Motivering-fout"), (vak?.GetAttribute("aria-invalid"), vak?.GetAttribute("aria-describedby")));
        Assert.False(string.IsNullOrWhiteSpace(fout.FoutBij("Input.Motivering")));
        var registreren = await (await app.LoginAsync(Rol.Consulent, Gemeente)).GetPaginaAsync($"/Bezwaren/Registreren/{toekenning.AanvragerId}");
        Assert.NotNull(registreren.Zoek("textarea#Input_Gronden"));
    }
}
