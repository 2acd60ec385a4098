using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Audit;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>
/// A new version of Den Haag's rules. Only this class changes Den Haag's rules, and only from a future date, so
/// the other tests keep seeing the defaults in force today. Tests that add a version of Den Haag share its collection,
/// so none reads the municipality's version while another raises it.
/// </summary>
[Collection(DenHaagsRegels.Naam)]
public sealed class GemeenteregelsVastleggenTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Valid_InsertsANewVersion_AndKeepsTheOldOneInForceUntilThen()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var vanaf = overzicht.Peildatum.AddDays(40);
        var command = GemeenteregelsVastleggen.Van(overzicht.Geldend with { WoonkostenverlagingPercentage = Percentage.Van(15m) }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = vanaf, Toelichting = "Raadsbesluit woonkosten",
        };

        var id = (await als.VastleggenAsync(command)).VersieId!.Value;

        var regels = als.Get<IGemeenteregels>();
        Assert.Equal(overzicht.Versies.Count + 1, (await regels.VersiesAsync(Gemeente.Code, Ct)).Alle.Count);
        Assert.Equal(Percentage.Van(10), (await regels.OpAsync(Gemeente.Code, vanaf.AddDays(-1), Ct)).WoonkostenverlagingPercentage);
        var nieuw = await regels.OpAsync(Gemeente.Code, vanaf, Ct);
        Assert.Equal((id, Percentage.Van(15), "Test Beheerder"), (nieuw.Id, nieuw.WoonkostenverlagingPercentage, nieuw.VastgesteldDoor));
        var oud = await app.InDatabaseAsync(db => db.InstellingenVan(Gemeente.Code).AsNoTracking().SingleAsync(i => i.Id == overzicht.Geldend.Id, Ct));
        Assert.Equal(overzicht.Geldend, oud);
        var audit = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .SingleAsync(a => a.Actie == nameof(GemeenteregelsVastleggen) && a.EntiteitId == id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct));
        Assert.Equal((AuditUitkomst.Geslaagd, Gemeente.Code, nameof(GemeenteInstellingen)), (audit.Uitkomst, audit.Gemeente, audit.EntiteitType));
    }

    [DbFact]
    public async Task StaleVersion_IsAConcurrencyConflict_AndSavesNothing()
    {
        await using var eerste = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await eerste.Send(new GeldendeGemeenteregels());
        var command = GemeenteregelsVastleggen.Van(overzicht.Geldend, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum.AddDays(60), Toelichting = "Twee beheerders tegelijk",
        };
        await eerste.VastleggenAsync(command);
        var aantal = await Aantal();

        await using var tweede = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => tweede.VastleggenAsync(command).AsTask());

        Assert.Equal(aantal, await Aantal());
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .AnyAsync(a => a.Actie == nameof(GemeenteregelsVastleggen) && a.Uitkomst == AuditUitkomst.Geweigerd && a.Gemeente == Gemeente.Code, Ct)));
    }

    [DbFact]
    public async Task BackDated_IsRefusedWithADutchMessage_AndSavesNothing()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var aantal = await Aantal();

        var fout = await Assert.ThrowsAsync<ValidationException>(() => als.Send(
            GemeenteregelsVastleggen.Van(overzicht.Geldend, overzicht.GemeenteVersie) with
            {
                GeldigVanaf = overzicht.Peildatum.AddDays(-1), Toelichting = "Terug in de tijd",
            }).AsTask());

        var melding = Assert.Single(fout.Errors);
        Assert.Equal(("GeldigVanaf", "Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later."), (melding.PropertyName, melding.ErrorMessage));
        Assert.Equal(aantal, await Aantal());
    }

    [DbFact]
    public async Task BadValues_GetOneDutchMessagePerField()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await als.Send(new GeldendeGemeenteregels());

        var fout = await Assert.ThrowsAsync<ValidationException>(() => als.Send(
            (GemeenteregelsVastleggen.Van(overzicht.Geldend, overzicht.GemeenteVersie) with
            {
                GeldigVanaf = overzicht.Peildatum.AddDays(1),
                Toelichting = " ",
            })
            .Met(nameof(GemeenteInstellingen.WoonkostenverlagingPercentage), "100,5")
            .Met(nameof(GemeenteInstellingen.SignaleringsdagenBeslistermijn), "0")
            .Met(nameof(GemeenteInstellingen.TerugvorderingMinimum), "-1")
            .Met(nameof(GemeenteInstellingen.VakantietoeslagUitbetaalmaand), "13")
            .Met(nameof(GemeenteInstellingen.BriefNaam), "")).AsTask());

        var meldingen = fout.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Vul de reden van deze wijziging in.", meldingen["Toelichting"]);
        Assert.Equal("Het percentage woonkostenverlaging ligt tussen 0 en 100 procent.", meldingen["Regels[WoonkostenverlagingPercentage]"]);
        Assert.Equal("Het minimumbedrag voor terugvordering kan niet negatief zijn.", meldingen["Regels[TerugvorderingMinimum]"]);
        Assert.Equal("Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken).", meldingen["Regels[SignaleringsdagenBeslistermijn]"]);
        Assert.Equal("De uitbetaalmaand is een maand van 1 tot en met 12.", meldingen["Regels[VakantietoeslagUitbetaalmaand]"]);
        Assert.Equal("Vul de naam op het briefhoofd in.", meldingen["Regels[BriefNaam]"]);
        Assert.Equal(6, meldingen.Count);
    }

    private Task<int> Aantal() => app.InDatabaseAsync(db => db.InstellingenVan(Gemeente.Code).CountAsync(Ct));
}
