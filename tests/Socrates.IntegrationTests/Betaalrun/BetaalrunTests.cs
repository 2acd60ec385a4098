using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The monthly run on a real SQLite file: every household exactly once, also when a worker stops halfway or two work
/// together; four-eyes; verrekeningen booked on the ledger only when definitive; a definitive month pays nobody again.
/// Runs go month after month (docs/betalingen.md): each test takes the open month (computing an open proefrun again), so
/// they share the seeded households whatever order they run in.
/// </summary>
public sealed class BetaalrunTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How long a waiting worker sleeps before it looks at the run again (on the app's clock).</summary>
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(2);

    /// <summary>Real time a test gives the app's work before it fails: a bound on a hang, never a wait for time to pass.</summary>
    private static readonly TimeSpan Maximaal = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Proefrun_PaysEveryActiveToekenningOnce_WithTotalsAndSignals()
    {
        var (id, maand) = await app.ProefrunAsync(BetaalrunApp.Gemeente);

        var betalingen = await BetalingenAsync(id);
        Assert.Equal(BetaalrunApp.Huishoudens, betalingen.Count);
        Assert.Equal(betalingen.Count, betalingen.Select(b => b.ToekenningId).Distinct().Count());
        Assert.All(betalingen, b => Assert.Equal(b.Bijstand - b.VakantietoeslagGereserveerd + b.VakantietoeslagUitbetaald - b.Verrekend, b.TeBetalen));
        Assert.Contains(betalingen, b => b.Verrekend.Centen > 0);

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter");
        var overzicht = await teamleider.Send(new BetaalrunOverzicht(Tekst(maand)));
        Assert.Equal(BetaalrunStatus.Proef, overzicht!.Status);
        Assert.Equal(BetaalrunApp.Huishoudens, overzicht.Totalen.Huishoudens);
        Assert.All(overzicht.PerSignaal, s => Assert.Equal(betalingen.Count(b => b.Signalen.HasFlag(s.Key)), s.Value));
        Assert.Equal(betalingen.Count(b => string.IsNullOrWhiteSpace(b.Iban)), overzicht.PerSignaal[Signaal.IbanOntbreekt]);
        Assert.Equal(betalingen.Count(b => !string.IsNullOrWhiteSpace(b.Iban) && !Sepa.IsBereikbaar(b.Iban)), overzicht.PerSignaal[Signaal.IbanOngeldig]);
    }

    [Fact]
    public async Task WorkerStoppedHalfway_AnotherFinishesAfterTheLease_WithoutDuplicatesOrGaps()
    {
        var (id, _) = await app.ProefrunAsync(BetaalrunApp.Gemeente, berekenen: false);
        await using (var eerste = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter"))
        {
            Assert.Equal(3, await eerste.Get<BetaalrunUitvoerder>().WerkAsync(id, "gestopt", Lease, 3, Ct));
        }

        // A worker that crashed mid-part: it claimed the next part and never wrote it; its lease runs for two minutes.
        var gecrasht = await app.InDatabaseAsync(db => db.BetaalrunDelen.Where(d => d.BetaalrunId == id && !d.Klaar).OrderBy(d => d.Volgnummer).Select(d => d.Id).FirstAsync(Ct));
        await app.InDatabaseAsync(db => db.BetaalrunDelen.Where(d => d.Id == gecrasht)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Pogingen, d => d.Pogingen + 1).SetProperty(d => d.Eigenaar, "gecrasht").SetProperty(d => d.LeaseTot, app.Klok.GetUtcNow().UtcDateTime + Lease), Ct));
        await using var tweede = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter");

        // The next worker does every other part, then waits for the run (Wachttijd at a time) while the lease holds.
        var wacht = app.Klok.VolgendeWachtAsync();
        var klaar = Task.Run(() => tweede.Get<BetaalrunUitvoerder>().WerkTotKlaarAsync(id, "hervat", Lease, Wachttijd, Ct), Ct);
        await wacht.WaitAsync(Maximaal, Ct);
        var openBinnenLease = await app.InDatabaseAsync(db => db.BetaalrunDelen.Where(d => d.BetaalrunId == id && !d.Klaar).Select(d => d.Id).ToListAsync(Ct));
        wacht = app.Klok.VolgendeWachtAsync();
        app.Klok.Advance(Wachttijd);
        await wacht.WaitAsync(Maximaal, Ct);
        var statusBinnenLease = await StatusAsync(id);
        app.Klok.Advance(Lease);
        var gedaan = await klaar.WaitAsync(Maximaal, Ct);

        Assert.Equal([gecrasht], openBinnenLease);
        Assert.Equal(BetaalrunStatus.Berekenen, statusBinnenLease);
        Assert.Equal(BetaalrunStatus.Proef, await StatusAsync(id));
        var betalingen = await BetalingenAsync(id);
        Assert.Equal(BetaalrunApp.Huishoudens, betalingen.Count);
        Assert.Equal(betalingen.Count, betalingen.Select(b => b.ToekenningId).Distinct().Count());
        var delen = await app.InDatabaseAsync(db => db.BetaalrunDelen.Where(d => d.BetaalrunId == id).ToListAsync(Ct));
        Assert.Equal(delen.Count - 3, gedaan);
        Assert.All(delen, d => Assert.True(d.Klaar));
        Assert.Equal(("hervat", 2), delen.Where(d => d.Id == gecrasht).Select(d => (d.Eigenaar, d.Pogingen)).Single());
        Assert.All(delen.Where(d => d.Id != gecrasht), d => Assert.Equal(1, d.Pogingen));
    }

    [Fact]
    public async Task TwoConcurrentWorkers_ShareTheRun_WithoutOverlap()
    {
        var (id, _) = await app.ProefrunAsync(BetaalrunApp.Gemeente, berekenen: false);
        await using var a = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter");
        await using var b = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter");

        // Each claims parts until none is free; whichever finishes last closes the run.
        var werk = await Task.WhenAll(
            Task.Run(() => a.Get<BetaalrunUitvoerder>().WerkAsync(id, "a", Lease, null, Ct)),
            Task.Run(() => b.Get<BetaalrunUitvoerder>().WerkAsync(id, "b", Lease, null, Ct)));

        var delen = await app.InDatabaseAsync(db => db.BetaalrunDelen.Where(d => d.BetaalrunId == id).ToListAsync(Ct));
        Assert.Equal(delen.Count, werk.Sum());
        Assert.All(delen, d => Assert.Equal(1, d.Pogingen));
        Assert.Equal(BetaalrunStatus.Proef, await StatusAsync(id));
        var betalingen = await BetalingenAsync(id);
        Assert.Equal(BetaalrunApp.Huishoudens, betalingen.Count);
        Assert.Equal(betalingen.Count, betalingen.Select(x => x.ToekenningId).Distinct().Count());
    }

    [Fact]
    public async Task Definitief_NeedsAnotherTeamLead_BooksVerrekeningOnce_AndNeverPaysAgain()
    {
        var (id, maand) = await app.ProefrunAsync(BetaalrunApp.Gemeente);
        await using (var werker = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter"))
        {
            var versie = (await werker.Send(new BetaalrunOverzicht(Tekst(maand))))!.Versie;
            var zelf = await Assert.ThrowsAsync<DomeinregelException>(() =>
                werker.Send(new BetaalrunDefinitiefMaken { Maand = Tekst(maand), Versie = versie, Bevestigd = true }).AsTask());
            Assert.Contains("vier ogen", zelf.Message, StringComparison.Ordinal);
        }

        var posten = await app.InDatabaseAsync(db => db.BetalingVerrekeningen.IgnoreQueryFilters().Where(v => v.BetaalrunId == id).ToListAsync());
        Assert.NotEmpty(posten);
        await using (var tweede = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "tweede"))
        {
            var versie = (await tweede.Send(new BetaalrunOverzicht(Tekst(maand))))!.Versie;
            var onbevestigd = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
                tweede.Send(new BetaalrunDefinitiefMaken { Maand = Tekst(maand), Versie = versie }).AsTask());
            Assert.Equal(nameof(BetaalrunDefinitiefMaken.Bevestigd), Assert.Single(onbevestigd.Errors).PropertyName);
            await tweede.Send(new BetaalrunDefinitiefMaken { Maand = Tekst(maand), Versie = versie, Bevestigd = true });
        }

        var geboekt = await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AsNoTracking()
            .Where(t => posten.Select(p => p.TerugvorderingId).Contains(t.Id)).ToListAsync());
        Assert.All(posten, p => Assert.Single(geboekt.Single(t => t.Id == p.TerugvorderingId).Mutaties,
            m => m.Soort == MutatieSoort.Verrekening && m.Maand == maand && m.Bedrag.Centen == -p.Bedrag.Centen));

        await using var opnieuw = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "derde");
        var geweigerd = await Assert.ThrowsAsync<DomeinregelException>(() => opnieuw.Send(new BetaalrunStarten { Maand = Tekst(maand), Opnieuw = true }).AsTask());
        Assert.Contains("niemand opnieuw betaald", geweigerd.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DomeinregelException>(() => opnieuw.Send(new BetaalrunStarten { Maand = Tekst(maand.AddMonths(-1)) }).AsTask());
        var overgeslagen = await Assert.ThrowsAsync<DomeinregelException>(() => opnieuw.Send(new BetaalrunStarten { Maand = Tekst(maand.AddMonths(2)) }).AsTask());
        Assert.Contains($"Maak eerst de betaalrun van {maand.AddMonths(1):MM-yyyy} definitief", overgeslagen.Message, StringComparison.Ordinal);
        Assert.Equal(BetaalrunApp.Huishoudens, (await BetalingenAsync(id)).Count);

        var sepa = await opnieuw.Send(new SepaExport(Tekst(maand), maand));
        Pain001Schema.AssertGeldig(sepa.Inhoud);
        var document = XDocument.Load(new MemoryStream(sepa.Inhoud));
        XNamespace ns = Pain001Schrijver.Namespace;
        var transacties = document.Descendants(ns + "CdtTrfTxInf").ToList();
        var betaalbaar = (await BetalingenAsync(id)).Where(b => Sepa.IsBetaalbaar(b.TeBetalen, b.Signalen)).ToList();
        Assert.Equal(betaalbaar.Count, transacties.Count);
        Assert.Equal(transacties.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Descendants(ns + "NbOfTxs").First().Value);
        Assert.Equal((betaalbaar.Sum(b => b.TeBetalen.Centen) / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            document.Descendants(ns + "CtrlSum").First().Value);
        Assert.All(document.Descendants(ns + "EndToEndId"), e => Assert.InRange(e.Value.Length, 1, 35));
    }

    [Fact]
    public async Task SepaExport_OfADefinitiveRunThatPaysNobody_IsRefused_InsteadOfAFileWithoutTransactions()
    {
        var (id, maand) = await app.DefinitieveRunAsync(Leden.Utrecht);          // Utrecht has no households in this app: a run without lines
        await using var tweede = app.AlsGebruiker(Rol.Teamleider, Leden.Utrecht, "tweede");

        var geweigerd = await Assert.ThrowsAsync<DomeinregelException>(() => tweede.Send(new SepaExport(Tekst(maand), maand)).AsTask());
        Assert.Contains("geen SEPA-bestand", geweigerd.Message, StringComparison.Ordinal);
        Assert.Empty(await BetalingenAsync(id));
    }

    private Task<List<Betaling>> BetalingenAsync(int runId) =>
        app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().AsNoTracking().Where(b => b.BetaalrunId == runId).ToListAsync());

    private Task<BetaalrunStatus> StatusAsync(int runId) =>
        app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Id == runId).Select(r => r.Status).SingleAsync(Ct));

    private static string Tekst(DateOnly maand) => maand.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
