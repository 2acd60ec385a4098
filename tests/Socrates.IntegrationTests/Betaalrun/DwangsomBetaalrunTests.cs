using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Dossier;
using Socrates.Application.Aanvragen.DwangsomBeoordelen;
using Socrates.Application.Aanvragen.DwangsomVaststellen;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// A dwangsom set by beschikking (Awb 4:18) is paid to the aanvrager exactly once: by the first betaalrun made definitive after
/// it was set before that run's proefrun started, as a transfer of its own in the SEPA file, never as a bijstand line of the
/// household's ledger. A second run does not pay it again. Utrecht has no households in this app, so the runs hold only this.
/// </summary>
public sealed class DwangsomBetaalrunTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [Fact]
    public async Task ASetDwangsom_IsPaidOnce_AsItsOwnTransfer_AndASecondRunDoesNotPayItAgain()
    {
        var id = await VastgesteldAsync();
        var (eerste, maand) = await app.ProefrunAsync(Gemeente);

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, Betaalruns.Tweede);
        var proef = (await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(maand))))!;
        Assert.Equal(Bedrag.Euro(1442), Assert.Single(proef.Dwangsommen, d => d.AanvraagId == id).Bedrag);
        Assert.Empty(await BetalingenAsync(id));

        await app.DefinitiefAsync(Gemeente, maand);

        var betaald = Assert.Single(await BetalingenAsync(id));
        Assert.Equal((eerste, Bedrag.Euro(1442)), (betaald.BetaalrunId, betaald.Bedrag));
        Assert.False(await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().AnyAsync(b => b.AanvraagId == id)));   // not bijstand

        var sepa = await teamleider.Send(new SepaExport(Betaalruns.Tekst(maand), maand));
        Pain001Schema.AssertGeldig(sepa.Inhoud);
        XNamespace ns = Pain001Schrijver.Namespace;
        var transactie = Assert.Single(XDocument.Load(new MemoryStream(sepa.Inhoud)).Descendants(ns + "CdtTrfTxInf"),
            t => t.Descendants(ns + "EndToEndId").Single().Value == $"DWS{maand:yyyyMM}A{id}");
        Assert.Equal("1442.00", transactie.Descendants(ns + "InstdAmt").Single().Value);
        Assert.StartsWith("Dwangsom niet tijdig beslissen (Awb 4:17)", transactie.Descendants(ns + "Ustrd").Single().Value, StringComparison.Ordinal);

        var (_, volgende) = await app.DefinitieveRunAsync(Gemeente);

        Assert.Equal(eerste, Assert.Single(await BetalingenAsync(id)).BetaalrunId);
        Assert.DoesNotContain((await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(volgende))))!.Dwangsommen, d => d.AanvraagId == id);
        var dossier = Assert.IsType<DossierView>(await teamleider.Send(new AanvraagDossier(id)));
        Assert.Equal((Dwangsomfase.Betaald, (DateOnly?)maand), (dossier.DwangsomDetails!.Fase, dossier.DwangsomDetails.BetaaldIn));
    }

    [Fact]
    public async Task SetAfterTheProefrunStarted_WaitsForTheNextRun()
    {
        var (_, maand) = await app.ProefrunAsync(Gemeente);
        app.Klok.Advance(TimeSpan.FromMinutes(1));
        var id = await VastgesteldAsync();

        await app.DefinitiefAsync(Gemeente, maand);
        Assert.Empty(await BetalingenAsync(id));

        var (volgende, _) = await app.DefinitieveRunAsync(Gemeente);
        Assert.Equal(volgende, Assert.Single(await BetalingenAsync(id)).BetaalrunId);
    }

    /// <summary>
    /// Received 120 days ago, ingebrekestelling 63 days ago: the dwangsom ran from 49 days ago to day 42, € 1.442; proposed by a
    /// consulent and set by a team lead.
    /// </summary>
    private async Task<int> VastgesteldAsync()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        return id;
    }

    private Task<List<Dwangsombetaling>> BetalingenAsync(int aanvraagId) =>
        app.InDatabaseAsync(db => db.Dwangsombetalingen.IgnoreQueryFilters().AsNoTracking().Where(d => d.AanvraagId == aanvraagId).ToListAsync());
}
