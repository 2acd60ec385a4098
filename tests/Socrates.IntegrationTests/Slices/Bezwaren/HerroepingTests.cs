using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Application.Aanvragen.Heropenen;
using Socrates.Application.Aanvragen.Termijnen;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Application.Bezwaren.Beslissing;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Bezwaren;

/// <summary>
/// The herroeping of an aanvraag's besluit in bezwaar (Awb 7:11 lid 2), for each kind of besluit: the team lead takes the
/// gegrond beslissing, the bezwaar waits in 'Herroeping uitvoeren', the consulent starts the replacing besluit through the
/// existing flow, and when that besluit is taken after its own four-eyes the bezwaar is afgerond with the link to it.
/// </summary>
public sealed class HerroepingTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Toekenning_GegrondHerroepen_WijzigingVanafDeIngangsdatum_RondtHetBezwaarAf()
    {
        var (aanvraagId, toekenning) = await app.ToegekendAsync(Gemeente);

        await HerroepViaWijzigingAsync(aanvraagId, toekenning);
    }

    [DbFact]
    public async Task Herziening_GegrondHerroepen_WijzigingVanafDeWijzigingsdatum_RondtHetBezwaarAf()
    {
        var (_, toekenning) = await app.ToegekendAsync(Gemeente);
        var herziening = await WijzigingBeslotenAsync(toekenning, Vandaag.AddDays(-20), beeindiging: false);

        await HerroepViaWijzigingAsync(herziening, await app.ToekenningAsync(herziening));
    }

    [DbFact]
    public async Task Beeindiging_GegrondHerroepen_DeWijzigingWordtOpnieuwBesloten_EnDeBijstandLooptDoorVanafDeEinddatum()
    {
        var (_, toekenning) = await app.ToegekendAsync(Gemeente);
        var datum = Vandaag.AddDays(-20);
        var beeindiging = await WijzigingBeslotenAsync(toekenning, datum, beeindiging: true);
        Assert.Equal(datum.AddDays(-1), (await app.ToekenningMetIdAsync(toekenning.Id)).Einddatum);

        var nieuw = await HerroepViaNieuwBesluitAsync(toekenning.AanvragerId, beeindiging, datum);

        var oud = await app.ToekenningMetIdAsync(toekenning.Id);
        Assert.Equal((ToekenningStatus.Beeindigd, datum.AddDays(-1)), (oud.Status, oud.Einddatum));   // ended once, where the beëindiging ended it
        Assert.Equal((ToekenningStatus.Actief, datum, beeindiging), (nieuw.Status, nieuw.Ingangsdatum, nieuw.AanvraagId));
    }

    [DbFact]
    public async Task Afwijzing_GegrondHerroepen_NieuwBesluitOpDeAanvraag_GaatInOpDeOorspronkelijkeMelding()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 60);
        var melding = await MeldingsdatumAsync(id);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
            var uitkomst = await consulent.Send(new BesluitVoorstellen
            {
                AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Afgewezen, Afwijzingsgrond = Afwijzingsgrond.VermogenBovenGrens,
                Motivering = "Het vermogen ligt boven de grens.",
            });
            await GoedkeurenAlsNodigAsync(id, uitkomst);
        }

        var persoon = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.AanvragerId).SingleAsync());
        var nieuw = await HerroepViaNieuwBesluitAsync(persoon, id, melding);

        Assert.Equal((melding, id), (nieuw.Ingangsdatum, nieuw.AanvraagId));          // art. 44: from the original melding
    }

    [DbFact]
    public async Task BuitenBehandeling_GegrondHerroepen_NieuwBesluitOpDeAanvraag_RondtHetBezwaarAf()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 30);
        var melding = await MeldingsdatumAsync(id);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new BewijsstukVragen { AanvraagId = id, Versie = await app.VersieAsync(id), Omschrijving = "Huurcontract", GevraagdOp = Vandaag.AddDays(-25) });
            await consulent.Send(new HersteltermijnInstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Vanaf = Vandaag.AddDays(-20), Tot = Vandaag.AddDays(-6) });
            await GoedkeurenAlsNodigAsync(id, await consulent.Send(new BuitenBehandelingStellen { AanvraagId = id, Versie = await app.VersieAsync(id) }));
        }

        var persoon = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.AanvragerId).SingleAsync());
        var nieuw = await HerroepViaNieuwBesluitAsync(persoon, id, melding, redenZonderBewijsstukken: "Het huurcontract is in bezwaar alsnog overgelegd.");

        Assert.Equal(melding, nieuw.Ingangsdatum);
    }

    [DbFact]
    public async Task ZonderBehandelaar_WordtGeenBeslissingVoorgesteld()
    {
        var (aanvraagId, toekenning) = await app.ToegekendAsync(Gemeente);
        var bezwaarId = await app.BezwaarAsync(Gemeente, toekenning.AanvragerId, $"A{aanvraagId}");
        var behandelaar = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Bezwaarbehandelaar, Gemeente));
        await using var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, Gemeente, behandelaar);
        var versie = await app.BezwaarVersieAsync(bezwaarId);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() => scope.Send(new BeslissingVoorstellen
        {
            BezwaarId = bezwaarId, Versie = versie, Uitkomst = BezwaarUitkomst.Ongegrond, Motivering = "Geen grond.",
        }).AsTask());

        Assert.Contains("Wijs eerst een bezwaarbehandelaar toe", fout.Message, StringComparison.Ordinal);
        var bezwaar = await app.BezwaarMetIdAsync(bezwaarId);
        Assert.Equal((BezwaarStatus.InBehandeling, null, versie), (bezwaar.Status, bezwaar.Uitkomst, bezwaar.Versie));
    }

    [DbFact]
    public async Task DeVerkeerdeRoute_WordtGeweigerd_EnDeHerroepingBlijftOpen()
    {
        var (aanvraagId, toekenning) = await app.ToegekendAsync(Gemeente);
        var bezwaarId = await GegrondAsync(toekenning.AanvragerId, aanvraagId);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var versie = await app.VersieAsync(aanvraagId);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            consulent.Send(new AanvraagHeropenen { AanvraagId = aanvraagId, Versie = versie, BezwaarId = bezwaarId }).AsTask());

        Assert.Contains("wijziging van de toekenning", fout.Message, StringComparison.Ordinal);
        var bezwaar = await app.BezwaarMetIdAsync(bezwaarId);
        Assert.Equal((BezwaarStatus.HerroepingUitvoeren, null), (bezwaar.Status, bezwaar.HerroepingAanvraagId));
        Assert.Equal(AanvraagStatus.Besloten, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == aanvraagId).Select(a => a.Status).SingleAsync()));
    }

    /// <summary>The loop for a toekenning or herziening: a wijziging of its toekenning from its ingangsdatum, decided and approved.</summary>
    private async Task HerroepViaWijzigingAsync(int bestredenId, Toekenning bestreden)
    {
        var bezwaarId = await GegrondAsync(bestreden.AanvragerId, bestredenId);
        int wijzigingId;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            wijzigingId = await consulent.Send(new WijzigingRegistreren
            {
                ToekenningId = bestreden.Id, Versie = (await app.ToekenningMetIdAsync(bestreden.Id)).Versie, Wijzigingsdatum = bestreden.Ingangsdatum,
                Soort = Wijzigingsoort.Overig, Omschrijving = "Herroeping na bezwaar", BezwaarId = bezwaarId,
            });
            var gestart = await app.BezwaarMetIdAsync(bezwaarId);
            Assert.Equal((BezwaarStatus.HerroepingUitvoeren, wijzigingId), (gestart.Status, gestart.HerroepingAanvraagId));

            await GoedkeurenAlsNodigAsync(wijzigingId, await consulent.Send(new BesluitVoorstellen
            {
                AanvraagId = wijzigingId, Versie = await app.VersieAsync(wijzigingId), Soort = Besluitsoort.Toegekend, Ingangsdatum = bestreden.Ingangsdatum,
            }));
        }

        var nieuw = await app.ToekenningAsync(wijzigingId);
        await AfgerondAsync(bezwaarId, bestredenId, wijzigingId, nieuw);
        Assert.Equal((ToekenningStatus.Actief, bestreden.Ingangsdatum), (nieuw.Status, nieuw.Ingangsdatum));
        Assert.Equal(ToekenningStatus.Beeindigd, (await app.ToekenningMetIdAsync(bestreden.Id)).Status);
    }

    /// <summary>The loop for an afwijzing, buiten behandeling or beëindiging: the aanvraag reopened and decided again with a toekenning.</summary>
    private async Task<Toekenning> HerroepViaNieuwBesluitAsync(int persoonId, int bestredenId, DateOnly ingang, string? redenZonderBewijsstukken = null)
    {
        var bezwaarId = await GegrondAsync(persoonId, bestredenId);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new AanvraagHeropenen { AanvraagId = bestredenId, Versie = await app.VersieAsync(bestredenId), BezwaarId = bezwaarId });
            var heropend = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == bestredenId));
            Assert.Equal((AanvraagStatus.InBehandeling, null), (heropend.Status, heropend.Besluitvorming.Soort));
            Assert.Equal((BezwaarStatus.HerroepingUitvoeren, bestredenId), ((await app.BezwaarMetIdAsync(bezwaarId)).Status, (await app.BezwaarMetIdAsync(bezwaarId)).HerroepingAanvraagId));

            await GoedkeurenAlsNodigAsync(bestredenId, await consulent.Send(new BesluitVoorstellen
            {
                AanvraagId = bestredenId, Versie = await app.VersieAsync(bestredenId), Soort = Besluitsoort.Toegekend, Ingangsdatum = ingang,
                RedenZonderBewijsstukken = redenZonderBewijsstukken,
            }), redenZonderBewijsstukken);
        }

        var nieuw = await app.ToekenningAsync(bestredenId);
        await AfgerondAsync(bezwaarId, bestredenId, bestredenId, nieuw);
        return nieuw;
    }

    /// <summary>A bezwaar against the aanvraag's besluit, gegrond, taken by a team lead not involved: it waits for its herroeping.</summary>
    private async Task<int> GegrondAsync(int persoonId, int aanvraagId)
    {
        var bezwaarId = await app.GegrondAsync(Gemeente, persoonId, $"A{aanvraagId}");
        var bezwaar = await app.BezwaarMetIdAsync(bezwaarId);
        Assert.Equal((BezwaarStatus.HerroepingUitvoeren, Vandaag), (bezwaar.Status, bezwaar.BeslistOp));
        Assert.StartsWith("Herroeping uitvoeren:", bezwaar.Vervolgactie, StringComparison.Ordinal);
        Assert.True(await OpenAsync(aanvraagId));                                                                  // still open work
        return bezwaarId;
    }

    private async Task AfgerondAsync(int bezwaarId, int bestredenId, int vervangendId, Toekenning nieuw)
    {
        var bezwaar = await app.BezwaarMetIdAsync(bezwaarId);
        Assert.Equal((BezwaarStatus.Beslist, vervangendId, nieuw.Id, Vandaag), (bezwaar.Status, bezwaar.HerroepingAanvraagId, bezwaar.HerroepingToekenningId, bezwaar.HerroepingUitgevoerdOp));
        Assert.False(await OpenAsync(bestredenId));
        var audit = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.EntiteitType == "Bezwaar" && r.EntiteitId == bezwaarId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(r => r.Actie).ToListAsync());
        Assert.Contains(HerroepingUitvoering.GestartActie, audit);
        Assert.Contains(HerroepingUitvoering.UitgevoerdActie, audit);
    }

    /// <summary>A wijziging of <paramref name="toekenning"/> from <paramref name="datum"/>, decided as a herziening (no change) or a beëindiging.</summary>
    private async Task<int> WijzigingBeslotenAsync(Toekenning toekenning, DateOnly datum, bool beeindiging)
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var id = await consulent.Send(new WijzigingRegistreren
        {
            ToekenningId = toekenning.Id, Versie = (await app.ToekenningMetIdAsync(toekenning.Id)).Versie, Wijzigingsdatum = datum, Soort = Wijzigingsoort.Overig,
            Omschrijving = "Een wijziging.",
        });
        var uitkomst = await consulent.Send(beeindiging
            ? new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Beeindigd, Motivering = "Er is geen recht meer op bijstand." }
            : new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = datum });
        await GoedkeurenAlsNodigAsync(id, uitkomst);
        return id;
    }

    private async Task GoedkeurenAlsNodigAsync(int aanvraagId, BesluitUitkomst uitkomst, string? redenZonderBewijsstukken = null)
    {
        if (!uitkomst.Definitief)
        {
            await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
            await teamleider.Send(new BesluitBeoordelen
            {
                AanvraagId = aanvraagId, Versie = await app.VersieAsync(aanvraagId), Goedgekeurd = true, RedenZonderBewijsstukken = redenZonderBewijsstukken,
            });
        }
    }

    /// <summary>Whether an open bezwaar holds the aanvraag, as retention asks it (within the municipality of the signed-in user).</summary>
    private async Task<bool> OpenAsync(int aanvraagId)
    {
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        return await teamleider.Db.HeeftOpenBezwaarVoorAanvraagAsync(aanvraagId, Ct);
    }

    private Task<DateOnly> MeldingsdatumAsync(int aanvraagId) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == aanvraagId).Select(a => a.Meldingsdatum).SingleAsync());
}
