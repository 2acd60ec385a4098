using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Application.Aanvragen.Intrekken;
using Socrates.Application.Aanvragen.Termijnen;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

/// <summary>From ingediend to a decision: handling, documents, hersteltermijn (Awb 4:5/4:15), verdaging (Awb 4:14), four-eyes.</summary>
public sealed class BehandelingTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;
    private static readonly Lid Gemeente = Leden.Utrecht;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task InBehandelingNemen_AssignsTheCaseToTheConsulent()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var als = app.AlsGebruiker(Rol.Consulent, Gemeente);

        await als.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });

        var aanvraag = await Laad(id);
        Assert.Equal((AanvraagStatus.InBehandeling, "test-consulent"), (aanvraag.Status, aanvraag.BehandelaarId));
    }

    [DbFact]
    public async Task InBehandelingNemen_Twice_IsAnIllegalTransition()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var als = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await als.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });

        var versie = await app.VersieAsync(id);
        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            als.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = versie }).AsTask());

        Assert.Contains("status 'In behandeling'", fout.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Hersteltermijn_Passed_BuitenBehandeling_NeedsATeamleaderWhoIsNotTheProposer()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 30);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new BewijsstukVragen { AanvraagId = id, Versie = await app.VersieAsync(id), Omschrijving = "Huurcontract", GevraagdOp = Vandaag.AddDays(-25) });
        await consulent.Send(new HersteltermijnInstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Vanaf = Vandaag.AddDays(-20), Tot = Vandaag.AddDays(-6) });
        Assert.Equal(Vandaag.AddDays(-30 + 56 + 14), (await Laad(id)).UitersteBeslisdatum);     // Awb 4:15: 14 days suspended

        await consulent.Send(new BuitenBehandelingStellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        Assert.Equal((AanvraagStatus.BesluitVoorgesteld, Besluitsoort.BuitenBehandeling), ((await Laad(id)).Status, (await Laad(id)).Besluitvorming.Soort));

        await using var zelf = app.AlsGebruiker(Rol.Teamleider, Gemeente, id: "test-consulent");
        var versie = await app.VersieAsync(id);
        var eigen = await Assert.ThrowsAsync<DomeinregelException>(() =>
            zelf.Send(new BesluitBeoordelen { AanvraagId = id, Versie = versie, Goedgekeurd = true }).AsTask());
        Assert.Contains("vier ogen", eigen.Message, StringComparison.Ordinal);

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        var besloten = await Laad(id);
        Assert.Equal((AanvraagStatus.Besloten, Besluitsoort.BuitenBehandeling, Vandaag), (besloten.Status, besloten.Besluitvorming.Soort, besloten.Besluitvorming.Datum));
    }

    [DbFact]
    public async Task BesluitBeoordelen_ByAConsulent_IsRefused()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var fout = await Assert.ThrowsAsync<GeenToegangException>(() =>
            consulent.Send(new BesluitBeoordelen { AanvraagId = id, Versie = 0, Goedgekeurd = true }).AsTask());

        Assert.Equal("Geen toegang tot BesluitBeoordelen: deze actie vraagt de rol Teamleider.", fout.Message);
        Assert.Equal(AanvraagStatus.Ingediend, (await Laad(id)).Status);
    }

    [DbFact]
    public async Task Verdagen_MovesTheDueDate_Once()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 20);
        await using var als = app.AlsGebruiker(Rol.Consulent, Gemeente);

        await als.Send(new BeslistermijnVerdagen { AanvraagId = id, Versie = await app.VersieAsync(id), NieuweDatum = Vandaag.AddDays(50), Reden = "Advies arts nodig" });
        var versie = await app.VersieAsync(id);
        var tweede = await Assert.ThrowsAsync<DomeinregelException>(() =>
            als.Send(new BeslistermijnVerdagen { AanvraagId = id, Versie = versie, NieuweDatum = Vandaag.AddDays(60), Reden = "Nog eens" }).AsTask());

        Assert.Equal(Vandaag.AddDays(50), (await Laad(id)).UitersteBeslisdatum);
        Assert.Contains("één keer", tweede.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Intrekken_KeepsTheReasonAsANote_AndEndsTheCase()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var als = app.AlsGebruiker(Rol.Consulent, Gemeente);

        await als.Send(new AanvraagIntrekken { AanvraagId = id, Versie = await app.VersieAsync(id), Reden = "Werk gevonden" });

        Assert.Equal(AanvraagStatus.Ingetrokken, (await Laad(id)).Status);
        Assert.Equal("Aanvraag ingetrokken. Reden: Werk gevonden",
            await app.InDatabaseAsync(db => db.Notities.IgnoreQueryFilters().Where(n => n.AanvraagId == id).Select(n => n.Tekst).SingleAsync(Ct)));
    }

    private Task<Aanvraag> Laad(int id) => app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id, Ct));
}
