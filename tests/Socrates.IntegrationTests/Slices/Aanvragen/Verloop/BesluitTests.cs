using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Huishouden.Vermogen;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

/// <summary>Toekenning or afwijzing proposed by the consulent, approved or sent back by a team lead (four-eyes by default).</summary>
public sealed class BesluitTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;
    private static readonly Lid Gemeente = Leden.Utrecht;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Toekenning_WaitsForTheTeamleader_ThenIsActiveWithItsSnapshot()
    {
        var id = await InBehandelingAsync();
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync(Ct));

        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });
        var voorgesteld = await Toekenning(id);

        Assert.Equal(ToekenningStatus.Voorgesteld, voorgesteld.Status);
        Assert.Equal(AanvraagStatus.BesluitVoorgesteld, await Status(id));
        Assert.NotEmpty(voorgesteld.Regels);

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });

        var actief = await Toekenning(id);
        Assert.Equal((ToekenningStatus.Actief, (DateOnly?)Vandaag, melding), (actief.Status, actief.BeslotenOp, actief.Ingangsdatum));
        Assert.Equal(AanvraagStatus.Besloten, await Status(id));
        var lijst = await teamleider.Send(new ToekenningenLijst(ToekenningStatus.Actief));
        Assert.True(lijst.Totaal >= 1);
        Assert.All(lijst.Items, t => Assert.Equal(ToekenningStatus.Actief, t.Status));

        var brief = await teamleider.Send(new Application.Aanvragen.Beschikkingen.BeschikkingInzien(id));
        Assert.NotNull(brief);
        Assert.Equal((Besluitsoort.Toegekend, actief.TeBetalen, Leden.Utrecht.Briefhoofd.Postadres, $"GM0344-{Vandaag.Year}-{id:000000}"),
            (brief.Beschikking.Soort, brief.Beschikking.TeBetalen, brief.Beschikking.Briefhoofd.Postadres, brief.Beschikking.Kenmerk));
        Assert.Equal(actief.Regels.Count, brief.Regels.Count);
    }

    [DbFact]
    public async Task Toekenning_SentBack_Lapses_AndTheCaseIsInHandlingAgain()
    {
        var id = await InBehandelingAsync();
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync(Ct));
        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = false, Toelichting = "Woonsituatie eerst controleren." });

        Assert.Equal(ToekenningStatus.Vervallen, (await Toekenning(id)).Status);
        Assert.Equal(AanvraagStatus.InBehandeling, await Status(id));
        Assert.Null(await teamleider.Send(new Application.Aanvragen.Beschikkingen.BeschikkingInzien(id)));
    }

    [DbFact]
    public async Task Toekenning_ByTheProposerAsTeamleader_IsRefused()
    {
        var id = await InBehandelingAsync();
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync(Ct));
        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });

        await using var zelf = app.AlsGebruiker(Rol.Teamleider, Gemeente, id: "test-consulent");
        var versie = await app.VersieAsync(id);
        await Assert.ThrowsAsync<DomeinregelException>(() => zelf.Send(new BesluitBeoordelen { AanvraagId = id, Versie = versie, Goedgekeurd = true }).AsTask());

        Assert.Equal(ToekenningStatus.Voorgesteld, (await Toekenning(id)).Status);
    }

    [DbFact]
    public async Task Toekenning_WithVermogenAboveTheGrens_IsRefused_AfwijzingIsPossible()
    {
        var id = await InBehandelingAsync();
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new BezittingToevoegen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Bezittingsoort.Spaarrekening, Omschrijving = "Spaarrekening", Waarde = 20_000m });
        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync(Ct));
        var versie = await app.VersieAsync(id);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = versie, Soort = Besluitsoort.Toegekend, Ingangsdatum = melding }).AsTask());
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = versie, Soort = Besluitsoort.Afgewezen, Afwijzingsgrond = Afwijzingsgrond.VermogenBovenGrens,
            Motivering = "Het vermogen van € 20.000,00 ligt boven de grens van € 8.000,00.",
        });

        Assert.Contains("vermogensgrens", fout.Message, StringComparison.Ordinal);
        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id, Ct));
        Assert.Equal((AanvraagStatus.BesluitVoorgesteld, Besluitsoort.Afgewezen, Afwijzingsgrond.VermogenBovenGrens), (aanvraag.Status, aanvraag.Besluitvorming.Soort, aanvraag.Besluitvorming.Afwijzingsgrond));
        Assert.False(await app.InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().AnyAsync(t => t.AanvraagId == id, Ct)));
    }

    [DbFact]
    public async Task Afwijzing_WithoutGroundOrMotivering_GetsDutchMessages()
    {
        var id = await InBehandelingAsync();
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var fout = await Assert.ThrowsAsync<ValidationException>(() =>
            consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = 0, Soort = Besluitsoort.Afgewezen }).AsTask());

        var meldingen = fout.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Kies de grond van de afwijzing.", meldingen["Afwijzingsgrond"]);
        Assert.Equal("Vul de motivering in.", meldingen["Motivering"]);
    }

    [DbFact]
    public async Task Beoordelen_WithoutAChoice_AsksForOne()
    {
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);

        var fout = await Assert.ThrowsAsync<ValidationException>(() => teamleider.Send(new BesluitBeoordelen { AanvraagId = 1, Versie = 0 }).AsTask());

        Assert.Equal(("Goedgekeurd", "Kies: goedkeuren of afkeuren."), (Assert.Single(fout.Errors).PropertyName, fout.Errors.Single().ErrorMessage));
    }

    [DbFact]
    public async Task Toekenning_OnAnIngediendeAanvraag_IsRefused()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var versie = await app.VersieAsync(id);

        await Assert.ThrowsAsync<DomeinregelException>(() =>
            consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = versie, Soort = Besluitsoort.Toegekend, Ingangsdatum = Vandaag }).AsTask());
    }

    private async Task<int> InBehandelingAsync()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 20);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        return id;
    }

    private Task<Toekenning> Toekenning(int aanvraagId) => app.InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().AsNoTracking()
        .OrderByDescending(t => t.Id).FirstAsync(t => t.AanvraagId == aanvraagId, Ct));

    private Task<AanvraagStatus> Status(int id) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Ct));
}
