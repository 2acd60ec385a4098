using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Controle;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Terugvorderingen.Betalingen;
using Socrates.Application.Terugvorderingen.Correctie;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;
using static Socrates.IntegrationTests.Slices.Terugvorderingen.Vorderingshulp;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// A debtor who paid more than a claim now amounts to (its saldo below zero, here after a herroeping on bezwaar) gets the
/// tegoed back exactly once: the first definitive run after it pays it as its own transfer and books it on the claim's ledger,
/// which brings the saldo to zero; a later run pays nothing again. The money rule: no cent kept, none paid twice.
/// </summary>
public sealed class TerugbetalingBetaalrunTests(BezwaarBetaalrunApp app) : IClassFixture<BezwaarBetaalrunApp>
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [Fact]
    public async Task HerroepenOnderNul_DeVolgendeRunBetaaltHetTegoedEenKeerTerug()
    {
        // € 950,35 imposed (last month, before the overgang), € 700,00 paid; on bezwaar the claim becomes € 400,00: correction − € 550,35, saldo − € 300,00.
        var (vorderingId, debiteur) = await VorderingMetBetalingAsync(700m);
        await app.HerroepenAsync(Gemeente, vorderingId, debiteur, 400m);
        var voor = await app.VorderingAsync(vorderingId);
        Assert.Equal((Bedrag.Euro(-300m), Bedrag.Euro(300m)), (voor.Saldo, voor.Tegoed));

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, Betaalruns.Tweede);
        var controle = await teamleider.Send(new BetalingenControleren());
        Assert.True(controle.VorderingenNogTerugTeBetalen >= 1);
        Assert.DoesNotContain(controle.Afwijkingen, a => a.Soort == Afwijkingsoort.TegoedNietTerugbetaald && a.AanvragerId == debiteur);

        var (eerste, maand) = await app.ProefrunAsync(Gemeente);
        var proef = (await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(maand))))!;
        Assert.Equal(Bedrag.Euro(300m), Assert.Single(proef.Terugbetalingen, t => t.TerugvorderingId == vorderingId).Bedrag);
        Assert.Equal(Bedrag.Euro(-300m), (await app.VorderingAsync(vorderingId)).Saldo);      // a proefrun books nothing

        await app.DefinitiefAsync(Gemeente, maand);

        var betaald = Assert.Single(await TerugbetalingenAsync(vorderingId));
        Assert.Equal((eerste, Bedrag.Euro(300m), debiteur), (betaald.BetaalrunId, betaald.Bedrag, betaald.DebiteurId));
        var na = await app.VorderingAsync(vorderingId);
        var laatste = na.Mutaties.OrderBy(m => m.Volgnummer).Last();
        Assert.Equal((MutatieSoort.Terugbetaling, Bedrag.Euro(300m), $"TRB{maand:yyyyMM}T{vorderingId}"), (laatste.Soort, laatste.Bedrag, laatste.Referentie));
        Assert.Equal((Bedrag.Nul, TerugvorderingStatus.Afgelost), (na.Saldo, na.Status));
        Assert.Equal(0, na.Mutaties.Sum(m => m.Bedrag.Centen));                                // 950,35 − 700,00 − 550,35 + 300,00

        var sepa = await teamleider.Send(new SepaExport(Betaalruns.Tekst(maand), maand));
        Pain001Schema.AssertGeldig(sepa.Inhoud);
        XNamespace ns = Pain001Schrijver.Namespace;
        var transactie = Assert.Single(XDocument.Load(new MemoryStream(sepa.Inhoud)).Descendants(ns + "CdtTrfTxInf"),
            t => t.Descendants(ns + "EndToEndId").Single().Value == $"TRB{maand:yyyyMM}T{vorderingId}");
        Assert.Equal("300.00", transactie.Descendants(ns + "InstdAmt").Single().Value);
        Assert.StartsWith($"Terugbetaling te veel ontvangen op vordering {na.Kenmerk}", transactie.Descendants(ns + "Ustrd").Single().Value, StringComparison.Ordinal);

        var (_, volgende) = await app.DefinitieveRunAsync(Gemeente);

        Assert.Single(await TerugbetalingenAsync(vorderingId));
        Assert.DoesNotContain((await teamleider.Send(new BetaalrunOverzicht(Betaalruns.Tekst(volgende))))!.Terugbetalingen, t => t.TerugvorderingId == vorderingId);
        Assert.Equal(Bedrag.Nul, (await app.VorderingAsync(vorderingId)).Saldo);
        var daarna = await teamleider.Send(new BetalingenControleren());
        Assert.DoesNotContain(daarna.Afwijkingen, a => a.Soort == Afwijkingsoort.TegoedNietTerugbetaald);
    }

    [Fact]
    public async Task EenTegoedNaDeStartVanDeProefrun_WachtOpDeVolgendeRun()
    {
        var (vorderingId, _) = await VorderingMetBetalingAsync(500m);
        var (_, maand) = await app.ProefrunAsync(Gemeente);
        app.Klok.Advance(TimeSpan.FromMinutes(1));
        await VerlagenAsync(vorderingId, 600m);                             // 950,35 − 500,00 − 600,00 = − 149,65

        await app.DefinitiefAsync(Gemeente, maand);
        Assert.Empty(await TerugbetalingenAsync(vorderingId));
        Assert.Equal(Bedrag.Euro(-149.65m), (await app.VorderingAsync(vorderingId)).Saldo);

        var (volgende, _) = await app.DefinitieveRunAsync(Gemeente);

        Assert.Equal((volgende, Bedrag.Euro(149.65m)), (Assert.Single(await TerugbetalingenAsync(vorderingId)).BetaalrunId, Assert.Single(await TerugbetalingenAsync(vorderingId)).Bedrag));
        Assert.Equal(Bedrag.Nul, (await app.VorderingAsync(vorderingId)).Saldo);
    }

    /// <summary>A claim of € 950,35 (last month) on a fresh toekenning, and a bank payment of <paramref name="betaald"/>.</summary>
    private async Task<(int VorderingId, int Debiteur)> VorderingMetBetalingAsync(decimal betaald)
    {
        // The fixture's clock stands still, and the other test of this class may have started a run at this very instant: the
        // claim is booked a minute later, so that it is not one 'unmoved since the last run' whichever test xunit runs first.
        app.Klok.Advance(TimeSpan.FromMinutes(1));
        var (toekenning, persoon, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 950.35m)));
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new BetalingRegistreren { DebiteurId = persoon, Datum = DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime), Bedrag = betaald, Referentie = "TRB-TEST" });
        return (id, persoon);
    }

    private async Task VerlagenAsync(int vorderingId, decimal bedrag)
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new CorrectieBoeken
        {
            TerugvorderingId = vorderingId, Versie = await app.VorderingVersieAsync(vorderingId), Richting = CorrectieRichting.Verlagen, Bedrag = bedrag,
            Reden = "Te veel opgelegd: de maand was al verrekend.",
        });
    }

    private Task<List<Terugbetaling>> TerugbetalingenAsync(int vorderingId) =>
        app.InDatabaseAsync(db => db.Terugbetalingen.IgnoreQueryFilters().AsNoTracking().Where(t => t.TerugvorderingId == vorderingId).ToListAsync());
}
