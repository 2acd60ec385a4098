using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Application.Aanvragen.Huishouden.Kinderen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;
using Socrates.Web.Pages.Aanvragen;
using Socrates.Web.Weergave;

namespace Socrates.IntegrationTests.Pages.Aanvragen;

/// <summary>
/// Besluit voorstellen and beoordelen as the consulent and the team lead see them (issue #19): no choice made for the
/// consulent, a message that says a proposal waits, a warning and a required reason while bewijsstukken are missing, and
/// the proposal's context on the team lead's page.
/// </summary>
public sealed class BesluitPaginaTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    [DbFact]
    public async Task Voorstellen_HasNoPreselectedChoice_AndWithoutOneAsksForItAtTheField()
    {
        var id = await InBehandelingAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        var formulier = await client.GetPaginaAsync($"/Aanvragen/Besluit/{id}");
        using var antwoord = await client.PostFormAsync($"/Aanvragen/Besluit/{id}", new Dictionary<string, string> { ["Input.Ingangsdatum"] = Iso(app.Klok.Vandaag().AddDays(-20)) });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(2, formulier.ZoekAlle("input[name='Input.Soort'][type=radio]").Count);
        Assert.Empty(formulier.ZoekAlle("input[name='Input.Soort'][checked]"));
        Assert.Null(formulier.Zoek("#ontbrekende-bewijsstukken"));
        Assert.Null(formulier.Zoek("#Input_RedenZonderBewijsstukken"));
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Kies het besluit.", pagina.FoutBij("Input.Soort"));
        Assert.Equal(AanvraagStatus.InBehandeling, await StatusAsync(id));
    }

    [DbFact]
    public async Task Voorstellen_UnderFourEyes_SaysThatItWaitsForATeamleider()
    {
        var id = await InBehandelingAsync();
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Besluit/{id}", new Dictionary<string, string>
        {
            ["Input.Soort"] = nameof(Besluitsoort.Toegekend), ["Input.Ingangsdatum"] = Iso(app.Klok.Vandaag().AddDays(-20)),
        });
        var dossier = await client.GetPaginaAsync($"/Aanvragen/Dossier/{id}");

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Contains("Het besluit is voorgesteld en wacht op beoordeling door een teamleider.", dossier.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain("Het besluit is vastgelegd.", dossier.Tekst, StringComparison.Ordinal);
        Assert.Equal(AanvraagStatus.BesluitVoorgesteld, await StatusAsync(id));
    }

    [Theory]
    [InlineData(Besluitsoort.Toegekend, false, false, "Het besluit is voorgesteld en wacht op beoordeling door een teamleider.")]
    [InlineData(Besluitsoort.Beeindigd, true, false, "Het besluit is voorgesteld en wacht op beoordeling door een teamleider.")]
    [InlineData(Besluitsoort.Toegekend, false, true, "Het besluit is genomen: de bijstand is toegekend. De beschikking staat klaar.")]
    [InlineData(Besluitsoort.Toegekend, true, true, "Het besluit is genomen: de bijstand is herzien. De beschikking staat klaar.")]
    [InlineData(Besluitsoort.Afgewezen, false, true, "Het besluit is genomen: de aanvraag is afgewezen. De beschikking staat klaar.")]
    [InlineData(Besluitsoort.Beeindigd, true, true, "Het besluit is genomen: de bijstand is beëindigd. De beschikking staat klaar.")]
    [InlineData(Besluitsoort.BuitenBehandeling, false, false, "Het voorstel om de aanvraag buiten behandeling te stellen wacht op beoordeling door een teamleider.")]
    [InlineData(Besluitsoort.BuitenBehandeling, false, true, "Het besluit is genomen: de aanvraag is buiten behandeling gesteld. De beschikking staat klaar.")]
    public void TheMessageAfterProposing_SaysWhetherTheBesluitIsFinal(Besluitsoort soort, bool wijziging, bool definitief, string melding) =>
        Assert.Equal(melding, Besluitmeldingen.Na(new BesluitUitkomst(soort, definitief), wijziging));

    [DbFact]
    public async Task Voorstellen_WhileABewijsstukIsMissing_WarnsAndDemandsAReason_ThenKeepsIt()
    {
        var id = await InBehandelingAsync(ontbrekend: "Bankafschriften van drie maanden");
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);
        var velden = new Dictionary<string, string>
        {
            ["Input.Soort"] = nameof(Besluitsoort.Toegekend), ["Input.Ingangsdatum"] = Iso(app.Klok.Vandaag().AddDays(-20)),
        };

        var formulier = await client.GetPaginaAsync($"/Aanvragen/Besluit/{id}");
        using var zonder = await client.PostFormAsync($"/Aanvragen/Besluit/{id}", velden);
        var geweigerd = await HtmlPagina.LeesAsync(zonder);
        var versie = await app.VersieAsync(id);
        velden["Input.RedenZonderBewijsstukken"] = "Het saldo staat al in de aanvraag; de afschriften volgen.";
        using var met = await client.PostFormAsync($"/Aanvragen/Besluit/{id}", velden);

        Assert.Contains("Bankafschriften van drie maanden", formulier.Zoek("#ontbrekende-bewijsstukken")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(formulier.Zoek("#Input_RedenZonderBewijsstukken"));
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.Status);
        Assert.Equal(OntbrekendeBewijsstukken.RedenVoorstelNodig, geweigerd.FoutBij("Input.RedenZonderBewijsstukken"));
        Assert.Equal("Er ontbreken nog gevraagde bewijsstukken. Schrijf waarom u de bijstand toch wilt toekennen.", OntbrekendeBewijsstukken.RedenVoorstelNodig);
        Assert.NotNull(geweigerd.Zoek("#ontbrekende-bewijsstukken"));
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        var aanvraag = await AanvraagAsync(id);
        Assert.Equal(AanvraagStatus.BesluitVoorgesteld, aanvraag.Status);
        Assert.True(versie < aanvraag.Versie);
        Assert.Equal("Het saldo staat al in de aanvraag; de afschriften volgen.", aanvraag.Besluitvorming.RedenZonderBewijsstukken);
        Assert.Equal(1, await AuditAsync(id, OntbrekendeBewijsstukken.VoorgesteldActie));
    }

    [DbFact]
    public async Task Voorstellen_WithAllBewijsstukkenIn_NeedsNoReason_AndNoWarningIsRecorded()
    {
        var id = await InBehandelingAsync(ontbrekend: "Loonstroken");
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            var stuk = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).SelectMany(a => a.Bewijsstukken).Select(b => b.Id).SingleAsync());
            await consulent.Send(new BewijsstukOntvangen { AanvraagId = id, Versie = await app.VersieAsync(id), BewijsstukId = stuk, OntvangenOp = app.Klok.Vandaag() });
            await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = app.Klok.Vandaag().AddDays(-20) });
        }

        var aanvraag = await AanvraagAsync(id);
        Assert.Equal(AanvraagStatus.BesluitVoorgesteld, aanvraag.Status);
        Assert.Null(aanvraag.Besluitvorming.RedenZonderBewijsstukken);
        Assert.Equal(0, await AuditAsync(id, OntbrekendeBewijsstukken.VoorgesteldActie));
    }

    [DbFact]
    public async Task Beoordelen_ShowsTheProposalsContext_AndApprovingWhileBewijsstukkenAreMissingNeedsAReason()
    {
        var id = await InBehandelingAsync(ontbrekend: "Huurcontract", kind: true);
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);
        using (await consulent.PostFormAsync($"/Aanvragen/Besluit/{id}", new Dictionary<string, string>
        {
            ["Input.Soort"] = nameof(Besluitsoort.Toegekend), ["Input.Ingangsdatum"] = Iso(app.Klok.Vandaag().AddDays(-20)),
            ["Input.RedenZonderBewijsstukken"] = "De huur blijkt uit de bankafschriften.",
        }))
        {
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var pagina = await teamleider.GetPaginaAsync($"/Aanvragen/Beoordelen/{id}");
        using var zonder = await teamleider.PostFormAsync($"/Aanvragen/Beoordelen/{id}", new Dictionary<string, string> { ["Input.Goedgekeurd"] = "true" });
        var geweigerd = await HtmlPagina.LeesAsync(zonder);
        var statusNaWeigering = await StatusAsync(id);
        using var met = await teamleider.PostFormAsync($"/Aanvragen/Beoordelen/{id}", new Dictionary<string, string>
        {
            ["Input.Goedgekeurd"] = "true", ["Input.RedenZonderBewijsstukken"] = "Het huurbedrag is bevestigd door de verhuurder.",
        });
        var dossier = await teamleider.GetPaginaAsync($"/Aanvragen/Dossier/{id}");

        var context = pagina.Zoek("section[aria-labelledby=kop-voorstel]")?.TextContent ?? "";
        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("Anna Maria Jansen", context, StringComparison.Ordinal);
        Assert.Contains("Kinderen1", Compact(pagina.Zoek("#huishouden-kort")?.TextContent), StringComparison.Ordinal);
        Assert.Contains("Woonsituatie", context, StringComparison.Ordinal);
        Assert.Contains(Infrastructure.Demo.Demoleden.Van(Gemeente).Namen(Rol.Consulent)[0], pagina.Zoek("#voorstel-context")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(Teksten.Datum(app.Klok.Vandaag()), pagina.Zoek("#voorstel-context")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("De huur blijkt uit de bankafschriften.", pagina.Zoek("#reden-consulent")?.TextContent.Trim());
        Assert.Contains("art. 21", pagina.Zoek("table[aria-labelledby=kop-berekening-voorstel]")?.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^€\u00A0\d{1,3}(\.\d{3})*,\d{2}$", pagina.Zoek("#te-betalen")?.TextContent.Trim());
        Assert.Contains("Huurcontract", pagina.Zoek("#ontbrekende-bewijsstukken")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.Status);
        Assert.Equal("Er ontbreken nog gevraagde bewijsstukken. Schrijf waarom u de toekenning toch goedkeurt.", geweigerd.FoutBij("Input.RedenZonderBewijsstukken"));
        Assert.NotNull(geweigerd.Zoek("#voorstel-context"));
        Assert.Equal(AanvraagStatus.BesluitVoorgesteld, statusNaWeigering);
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        var aanvraag = await AanvraagAsync(id);
        Assert.Equal(AanvraagStatus.Besloten, aanvraag.Status);
        Assert.Equal("Het huurbedrag is bevestigd door de verhuurder.", aanvraag.Besluitvorming.GoedkeuringZonderBewijsstukken);
        Assert.Equal(1, await AuditAsync(id, OntbrekendeBewijsstukken.GoedgekeurdActie));
        Assert.Contains("Het besluit is goedgekeurd en daarmee genomen. De beschikking staat klaar.", dossier.Tekst, StringComparison.Ordinal);
        var tijdlijn = dossier.Zoek("section[aria-labelledby=kop-tijdlijn]")?.TextContent ?? "";
        Assert.Contains("Toekenning voorgesteld terwijl gevraagde bewijsstukken ontbreken", tijdlijn, StringComparison.Ordinal);
        Assert.Contains("Reden: De huur blijkt uit de bankafschriften.", tijdlijn, StringComparison.Ordinal);
        Assert.Contains("Toekenning goedgekeurd terwijl gevraagde bewijsstukken ontbreken", tijdlijn, StringComparison.Ordinal);
        Assert.Contains("Reden: Het huurbedrag is bevestigd door de verhuurder.", tijdlijn, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Beoordelen_WithoutMissingBewijsstukken_AsksNoReason()
    {
        var id = await InBehandelingAsync();
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = app.Klok.Vandaag().AddDays(-20) });
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var pagina = await teamleider.GetPaginaAsync($"/Aanvragen/Beoordelen/{id}");
        using var antwoord = await teamleider.PostFormAsync($"/Aanvragen/Beoordelen/{id}", new Dictionary<string, string> { ["Input.Goedgekeurd"] = "true" });

        Assert.Null(pagina.Zoek("#ontbrekende-bewijsstukken"));
        Assert.Null(pagina.Zoek("#Input_RedenZonderBewijsstukken"));
        Assert.Contains("Kinderen0", Compact(pagina.Zoek("#huishouden-kort")?.TextContent), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal(AanvraagStatus.Besloten, await StatusAsync(id));
        Assert.Equal(0, await AuditAsync(id, OntbrekendeBewijsstukken.GoedgekeurdActie));
    }

    private async Task<int> InBehandelingAsync(string? ontbrekend = null, bool kind = false)
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        if (ontbrekend is not null)
        {
            await consulent.Send(new BewijsstukVragen { AanvraagId = id, Versie = await app.VersieAsync(id), Omschrijving = ontbrekend, GevraagdOp = app.Klok.Vandaag().AddDays(-10) });
        }

        if (kind)
        {
            await consulent.Send(new KindToevoegen { AanvraagId = id, Versie = await app.VersieAsync(id), Voornaam = "Sem", Geboortedatum = app.Klok.Vandaag().AddYears(-6) });
        }

        return id;
    }

    private Task<Aanvraag> AanvraagAsync(int id) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<AanvraagStatus> StatusAsync(int id) => (await AanvraagAsync(id)).Status;

    private Task<int> AuditAsync(int id, string actie) =>
        app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .CountAsync(r => r.EntiteitType == "Aanvraag" && r.EntiteitId == id.ToString(CultureInfo.InvariantCulture) && r.Actie == actie));

    private static string Compact(string? tekst) => string.Concat((tekst ?? "").Where(c => !char.IsWhiteSpace(c)));

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
