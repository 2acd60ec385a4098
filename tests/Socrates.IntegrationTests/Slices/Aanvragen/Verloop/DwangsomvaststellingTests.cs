using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Dossier;
using Socrates.Application.Aanvragen.DwangsomBeoordelen;
using Socrates.Application.Aanvragen.DwangsomVaststellen;
using Socrates.Application.Aanvragen.GeenDwangsom;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Overzicht.Index;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

/// <summary>
/// The vaststelling of the dwangsom (Awb 4:18) and lid 6 of Awb 4:17, through the real pipeline. An aanvraag received 120 days
/// ago: the term ended 64 days ago; the ingebrekestelling received 63 days ago starts the dwangsom 49 days ago, so day 42 was
/// 8 days ago and it stopped at the maximum, 14 × € 23 + 14 × € 35 + 14 × € 45 = € 1.442, without a besluit.
/// </summary>
public sealed class DwangsomvaststellingTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;
    private static readonly Lid Gemeente = Leden.DenHaag;

    [DbFact]
    public async Task Voorstellen_ThenApprovedByAnotherTeamLead_IsSetAt1442_AuditedAndToBePaid()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 63);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });

        var dossier = Assert.IsType<DossierView>(await teamleider.Send(new AanvraagDossier(id)));
        var dwangsom = Assert.IsType<DwangsomView>(dossier.DwangsomDetails);
        Assert.Equal((42, Bedrag.Euro(1442), Vandaag, Dwangsomfase.TeBetalen), (dwangsom.Vaststelling.Dagen, dwangsom.Vaststelling.Bedrag, dwangsom.Vaststelling.VastgesteldOp, dwangsom.Fase));
        Assert.Null(dwangsom.BetaaldIn);
        var acties = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(r => r.EntiteitType == "Aanvraag" && r.EntiteitId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && r.Uitkomst == AuditUitkomst.Geslaagd)
            .Select(r => r.Actie).ToListAsync());
        Assert.Contains("DwangsomVoorstellen", acties);
        Assert.Contains("DwangsomBeoordelen", acties);
        Assert.Contains(DwangsomBeoordelenHandler.Actie, acties);
    }

    [DbFact]
    public async Task FourEyes_ATeamLeadCannotApproveHisOwnProposal_AndNothingChanges()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 63);
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, "dwangsom-teamleider");
        await teamleider.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        var versie = await app.VersieAsync(id);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = versie, Goedgekeurd = true }).AsTask());

        Assert.Contains("vier ogen", fout.Message, StringComparison.Ordinal);
        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((versie, true, false), (aanvraag.Versie, aanvraag.Dwangsomvaststelling.IsVoorgesteld, aanvraag.Dwangsomvaststelling.IsVastgesteld));
    }

    [DbFact]
    public async Task WhileItRuns_ProposingIsRefused()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 20);       // day 7 today: it still runs
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var versie = await app.VersieAsync(id);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = versie }).AsTask());

        Assert.StartsWith("De dwangsom is nog niet gestopt", fout.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Lid6_MakesItZero_OnTheDossierAndTheOverzicht_AndTheVaststellingIsZero()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 20);       // € 161 so far (7 × 23), still running
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new GeenDwangsomVastleggen
        {
            AanvraagId = id, Versie = await app.VersieAsync(id), Grond = GeenDwangsomGrond.KennelijkNietOntvankelijk, Toelichting = "Aanvraag voor een woonplaats buiten de gemeente.",
        });

        var dossier = Assert.IsType<DossierView>(await consulent.Send(new AanvraagDossier(id)));
        Assert.Equal((0, Bedrag.Nul, false), (dossier.Dwangsom!.Dagen, dossier.Dwangsom.Bedrag, dossier.Dwangsom.Loopt));
        Assert.Equal((Dwangsomfase.GeenDwangsom, true), (dossier.DwangsomDetails!.Fase, dossier.DwangsomDetails.KanVoorstellen));

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        var overzicht = await teamleider.Send(new OverzichtOpvragen());
        var rij = Assert.Single(overzicht.Dwangsommen, d => d.AanvraagId == id);
        Assert.Equal((Bedrag.Nul, Dwangsomfase.GeenDwangsom, false), (rij.Stand.Bedrag, rij.Fase, rij.Stand.Loopt));

        await consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        await teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((Bedrag.Nul, true, false), (aanvraag.Dwangsomvaststelling.Bedrag, aanvraag.Dwangsomvaststelling.IsVastgesteld, aanvraag.Dwangsomvaststelling.IsTeBetalen));
    }

    [DbFact]
    public async Task Page_Lid6WithoutExplanation_ShowsTheMessageAtTheField_AndSavesNothing()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 20);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);
        var dossier = (await client.GetPaginaAsync($"/Aanvragen/Dossier/{id}")).Tekst;
        Assert.Contains("Geen dwangsom verschuldigd (lid 6)", dossier, StringComparison.Ordinal);
        var versie = await app.VersieAsync(id);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/GeenDwangsom/{id}", new Dictionary<string, string>
        {
            ["Input.Versie"] = versie.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Grond"] = nameof(GeenDwangsomGrond.KennelijkOngegrond), ["Input.Toelichting"] = " ",
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Vul de toelichting in.", pagina.FoutBij("Input.Toelichting"));
        Assert.Equal(versie, await app.VersieAsync(id));
    }

    [DbFact]
    public async Task Page_ProposeAndApprove_TheDossierShowsTheDateAndTheAmount()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 63);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);
        Assert.Contains(Bedrag.Euro(1442).ToString(), (await consulent.GetPaginaAsync($"/Aanvragen/DwangsomVaststellen/{id}")).Tekst, StringComparison.Ordinal);
        using (var voorstel = await consulent.PostFormAsync($"/Aanvragen/DwangsomVaststellen/{id}", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, voorstel.StatusCode);
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        using (var oordeel = await teamleider.PostFormAsync($"/Aanvragen/DwangsomBeoordelen/{id}", new Dictionary<string, string> { ["Input.Goedgekeurd"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, oordeel.StatusCode);
        }

        var tekst = (await teamleider.GetPaginaAsync($"/Aanvragen/Dossier/{id}")).Tekst;
        Assert.Contains($"(beschikking van {Vandaag.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)}: {Bedrag.Euro(1442)})", tekst, StringComparison.Ordinal);
        Assert.Contains("vastgesteld, te betalen", tekst, StringComparison.Ordinal);
        Assert.Contains("Beschikking dwangsom", tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Beschikking_ExplainsTheDaysAndTheBuildUp_WithTheBezwaarClause()
    {
        // Ingebrekestelling 63 days ago: day 1 is 49 days ago, day 42 (the last) 8 days ago; 14 × 23 + 14 × 35 + 14 × 45.
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 63);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);
        Assert.Contains("(nog) niet vastgesteld", (await consulent.GetPaginaAsync($"/Aanvragen/DwangsomBeschikking/{id}")).Tekst, StringComparison.Ordinal);

        await using (var voorsteller = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await voorsteller.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            await teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        var brief = await consulent.GetPaginaAsync($"/Aanvragen/DwangsomBeschikking/{id}");
        string Lang(DateOnly d) => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        Assert.Contains($"{Gemeente.Code.Waarde}-{Vandaag.Year}-{id:000000}-DWS", brief.Tekst, StringComparison.Ordinal);
        Assert.Equal(
            $"Wij stellen de dwangsom vast op {Bedrag.Euro(1442)}, voor 42 dagen: van {Lang(Vandaag.AddDays(-49))} tot en met {Lang(Vandaag.AddDays(-8))}.",
            Normaal(brief.Document.QuerySelector("#brief-uitkomst")!.TextContent));
        var opbouw = brief.Document.QuerySelectorAll("table.brief-berekening tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => Normaal(c.TextContent)))).ToList();
        Assert.Equal([$"14 dagen | {Bedrag.Euro(23)} | {Bedrag.Euro(322)}", $"14 dagen | {Bedrag.Euro(35)} | {Bedrag.Euro(490)}", $"14 dagen | {Bedrag.Euro(45)} | {Bedrag.Euro(630)}"], opbouw);
        Assert.Contains("artikel 4:19 Algemene wet bestuursrecht", Normaal(brief.Tekst), StringComparison.Ordinal);
        var anders = await app.LoginAsync(Rol.Consulent, Leden.Utrecht);
        using var elders = await anders.GetAsync(new Uri($"/Aanvragen/DwangsomBeschikking/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, elders.StatusCode);
    }

    [DbFact]
    public async Task Beschikking_UnderLid6_SaysNoDwangsomAndGivesTheGround()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 20);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new GeenDwangsomVastleggen
            {
                AanvraagId = id, Versie = await app.VersieAsync(id), Grond = GeenDwangsomGrond.OnredelijkLaatInGebreke, Toelichting = "Pas na een jaar in gebreke gesteld.",
            });
            await consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            await teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        var pagina = await (await app.LoginAsync(Rol.Teamleider, Gemeente)).GetPaginaAsync($"/Aanvragen/DwangsomBeschikking/{id}");
        var brief = pagina.Tekst;
        Assert.Equal("U krijgt geen dwangsom. Onredelijk laat in gebreke gesteld (Awb 4:17 lid 6 onder a).", Normaal(pagina.Document.QuerySelector("#brief-uitkomst")!.TextContent));
        Assert.Contains("Pas na een jaar in gebreke gesteld.", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Opbouw van de dwangsom", brief, StringComparison.Ordinal);
    }

    private static string Normaal(string tekst) => System.Text.RegularExpressions.Regex.Replace(tekst, @"[ \t\r\n]+", " ").Trim();
}
