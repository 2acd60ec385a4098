using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Application.Gemeenteregels.Voorstellen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Four-eyes on settings (VierOgenInstellingen): once in force, a new version is a proposal that only takes effect when
/// a second Beheerder approves it; never the proposer; another municipality's Beheerder does not even find it.
/// </summary>
public sealed class VierOgenInstellingenTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithFourEyes_ANewVersionWaits_TheProposerCannotApprove_ASecondBeheerderCan()
    {
        await ZetVierOgenAanAsync();
        await using var eerste = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-een");
        var overzicht = await eerste.Send(new GeldendeGemeenteregels());
        var vanaf = overzicht.Peildatum.AddDays(10);

        var uitkomst = await eerste.VastleggenAsync(GemeenteregelsVastleggen.Van(overzicht.Geldend with { WoonkostenverlagingPercentage = Percentage.Van(12.5m) }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = vanaf, Toelichting = "Raadsbesluit 2027",
        });

        Assert.True(uitkomst.Voorgesteld);
        Assert.Equal(overzicht.Versies.Count, (await Versies()).Count);
        var metVoorstel = await eerste.Send(new GeldendeGemeenteregels());
        var voorstel = Assert.IsType<OpenVoorstel>(metVoorstel.Voorstel);
        Assert.True(voorstel.IsEigen);
        var gewijzigd = Assert.Single(voorstel.Vergelijking.Regels, r => r.Gewijzigd);
        Assert.Equal(("10\u00A0% van de gehuwdennorm", "12,5\u00A0% van de gehuwdennorm"), (gewijzigd.WaardeA, gewijzigd.WaardeB));

        var zelf = await Assert.ThrowsAsync<DomeinregelException>(() =>
            eerste.Send(new GemeenteregelsVoorstelBeoordelen { Id = voorstel.Id, Versie = voorstel.Versie, Goedkeuren = true }).AsTask());
        Assert.Equal("U kunt uw eigen voorstel niet goedkeuren: dat doet een andere beheerder.", zelf.Message);

        await using var utrecht = app.AlsGebruiker(Rol.Beheerder, Leden.Utrecht, id: "beheerder-utrecht");
        await Assert.ThrowsAsync<NietGevondenException>(() =>
            utrecht.Send(new GemeenteregelsVoorstelBeoordelen { Id = voorstel.Id, Versie = voorstel.Versie, Goedkeuren = true }).AsTask());

        await using var tweede = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-twee");
        var versieId = await tweede.Send(new GemeenteregelsVoorstelBeoordelen { Id = voorstel.Id, Versie = voorstel.Versie, Goedkeuren = true });

        var regels = tweede.Get<IGemeenteregels>();
        var nieuw = await regels.OpAsync(Gemeente.Code, vanaf, Ct);
        Assert.Equal((versieId, Percentage.Van(12.5m), "Test Beheerder, goedgekeurd door Test Beheerder"), (nieuw.Id, nieuw.WoonkostenverlagingPercentage, nieuw.VastgesteldDoor));
        Assert.Null((await tweede.Send(new GeldendeGemeenteregels())).Voorstel);
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(a =>
            a.Actie == nameof(GemeenteregelsVoorstelBeoordelen) && a.GebruikerId == "beheerder-twee" && a.Uitkomst == AuditUitkomst.Geslaagd, Ct)));
    }

    [Fact]
    public async Task WithFourEyes_ARejectedProposalChangesNothing_AndASecondProposalWaitsForTheFirst()
    {
        await ZetVierOgenAanAsync();
        await using var eerste = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-een");
        var overzicht = await eerste.Send(new GeldendeGemeenteregels());
        var command = GemeenteregelsVastleggen.Van(overzicht.Geldend with { SignaleringsdagenBeslistermijn = 21 }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum.AddDays(20), Toelichting = "Proef",
        };
        await eerste.VastleggenAsync(command);
        var aantal = (await Versies()).Count;

        await using var nogmaals = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-een");
        var actueel = (await nogmaals.Send(new GeldendeGemeenteregels())).GemeenteVersie;
        var tweedeVoorstel = await Assert.ThrowsAsync<DomeinregelException>(() => nogmaals.VastleggenAsync(command with { Versie = actueel }).AsTask());
        Assert.StartsWith("Er ligt al een voorstel", tweedeVoorstel.Message, StringComparison.Ordinal);

        await using var tweede = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-twee");
        var voorstel = (await tweede.Send(new GeldendeGemeenteregels())).Voorstel!;
        Assert.Null(await tweede.Send(new GemeenteregelsVoorstelBeoordelen { Id = voorstel.Id, Versie = voorstel.Versie, Goedkeuren = false }));

        Assert.Equal(aantal, (await Versies()).Count);
        Assert.Null((await tweede.Send(new GeldendeGemeenteregels())).Voorstel);
    }

    [Fact]
    public async Task AProposalStoredAsTheFormCommand_Format1_StillShows_AndCanBeApproved()
    {
        await ZetVierOgenAanAsync();
        await using var eerste = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-een");
        var vanaf = (await eerste.Send(new GeldendeGemeenteregels())).Peildatum.AddDays(30);
        await app.InDatabaseAsync(async db =>
        {
            db.InstellingenVoorstellen.Add(InstellingenVoorstel.Indienen(Gemeente.Code, vanaf, "Oud voorstel",
                Slices.Gemeenteregels.RegelsnapshotTests.Formaat1, "beheerder-oud", "Oude Beheerder", new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc)));
            return await db.SaveChangesAsync(Ct);
        });

        var voorstel = (await eerste.Send(new GeldendeGemeenteregels())).Voorstel!;
        Assert.Contains(voorstel.Vergelijking.Regels, r => r.Gewijzigd && r.WaardeB == "21 dagen vooraf");
        Assert.Contains(voorstel.Vergelijking.Regels, r => r.Gewijzigd && r.Naam == "Een teamleider keurt afwijzingen goed" && r.WaardeB == "nee");
        var versieId = await eerste.Send(new GemeenteregelsVoorstelBeoordelen { Id = voorstel.Id, Versie = voorstel.Versie, Goedkeuren = true });

        var nieuw = await eerste.Get<IGemeenteregels>().OpAsync(Gemeente.Code, vanaf, Ct);
        Assert.Equal((versieId, vanaf, "Oud voorstel", Percentage.Van(12.5m), 21, Bedrag.Euro(250.50m)),
            (nieuw.Id, nieuw.GeldigVanaf, nieuw.Toelichting, nieuw.WoonkostenverlagingPercentage, nieuw.SignaleringsdagenBeslistermijn, nieuw.VierOgenVanafBedrag));
    }

    /// <summary>Turns four-eyes on from today, directly (the version that switches it on is itself not subject to it).</summary>
    private async Task ZetVierOgenAanAsync()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-nul");
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        if (overzicht.Geldend.VierOgenInstellingen)
        {
            if (overzicht.Voorstel is { } open)
            {
                await using var ander = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "beheerder-opruimer");
                await ander.Send(new GemeenteregelsVoorstelBeoordelen { Id = open.Id, Versie = open.Versie, Goedkeuren = false });
            }

            return;
        }

        await als.VastleggenAsync(GemeenteregelsVastleggen.Van(overzicht.Geldend with { VierOgenInstellingen = true }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum, Toelichting = "Vier ogen op de gemeenteregels",
        });
    }

    private async Task<IReadOnlyList<GemeenteInstellingen>> Versies()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        return (await als.Get<IGemeenteregels>().VersiesAsync(Gemeente.Code, Ct)).Alle;
    }
}
