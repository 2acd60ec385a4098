using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;
using static Socrates.IntegrationTests.Slices.Terugvorderingen.Vorderingshulp;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// Proceskosten granted with a beslissing op bezwaar (Awb 7:15 lid 2) are paid to the belanghebbende exactly once: by the
/// first run made definitive after the beslissing was taken before the proefrun's day, as a transfer of its own; a beslissing
/// of the proefrun's own day waits for the next run, and no later run pays them again.
/// </summary>
public sealed class ProceskostenBetaalrunTests(BezwaarBetaalrunApp app) : IClassFixture<BezwaarBetaalrunApp>
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [Fact]
    public async Task ToegekendeProceskosten_WordenEenKeerBetaald_AlsEigenOverboeking()
    {
        // One point in bezwaar at € 647 (Besluit proceskosten bestuursrecht, bijlage A.2; docs/bezwaar.md).
        var (toekenning, persoon, _) = await app.ToekenningAsync(Gemeente);
        var vorderingId = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 500m)));
        var bezwaarId = await app.HerroepenAsync(Gemeente, vorderingId, persoon, 300m, proceskostenPunten: 1m);

        var (_, maand) = await app.ProefrunAsync(Gemeente);            // the same day as the beslissing: it waits
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, Betaalruns.Tweede);
        Assert.DoesNotContain((await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(maand))))!.Proceskosten, p => p.BezwaarId == bezwaarId);
        await app.DefinitiefAsync(Gemeente, maand);
        Assert.Empty(await BetalingenAsync(bezwaarId));

        app.Klok.Advance(TimeSpan.FromDays(1));
        var (tweede, volgende) = await app.ProefrunAsync(Gemeente);
        var proef = (await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(volgende))))!;
        Assert.Equal(Bedrag.Euro(647m), Assert.Single(proef.Proceskosten, p => p.BezwaarId == bezwaarId).Bedrag);
        await app.DefinitiefAsync(Gemeente, volgende);

        var betaald = Assert.Single(await BetalingenAsync(bezwaarId));
        Assert.Equal((tweede, Bedrag.Euro(647m), persoon), (betaald.BetaalrunId, betaald.Bedrag, betaald.PersoonId));
        var sepa = await teamleider.Send(new SepaExport(Betaalruns.Tekst(volgende), volgende));
        Pain001Schema.AssertGeldig(sepa.Inhoud);
        XNamespace ns = Pain001Schrijver.Namespace;
        var transactie = Assert.Single(XDocument.Load(new MemoryStream(sepa.Inhoud)).Descendants(ns + "CdtTrfTxInf"),
            t => t.Descendants(ns + "EndToEndId").Single().Value == $"PKB{volgende:yyyyMM}B{bezwaarId}");
        Assert.Equal("647.00", transactie.Descendants(ns + "InstdAmt").Single().Value);
        Assert.StartsWith($"Vergoeding proceskosten bezwaar {betaald.Kenmerk} (Awb 7:15)", transactie.Descendants(ns + "Ustrd").Single().Value, StringComparison.Ordinal);

        var (_, derde) = await app.DefinitieveRunAsync(Gemeente);

        Assert.Single(await BetalingenAsync(bezwaarId));
        Assert.DoesNotContain((await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(derde))))!.Proceskosten, p => p.BezwaarId == bezwaarId);
    }

    private Task<List<Proceskostenbetaling>> BetalingenAsync(int bezwaarId) =>
        app.InDatabaseAsync(db => db.Proceskostenbetalingen.IgnoreQueryFilters().AsNoTracking().Where(p => p.BezwaarId == bezwaarId).ToListAsync());
}
