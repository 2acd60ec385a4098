using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;
using Socrates.Web.Betalingen;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// Issue 22, item 3: a payment line appeared in Betalingen while a start was refused. The refused request wrote nothing:
/// lines are written only by the background worker (or the CLI), part by part, for a run a teamleider started earlier,
/// so they appear at any moment, independent of other requests. These tests hold both halves: a refused start changes
/// nothing and queues nothing, and the worker writes nothing for a run nobody started.
/// </summary>
public sealed class BetaalrunWeigeringTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARefusedStart_AsJsonOrAsABadForm_ChangesNothing_AndQueuesNothing()
    {
        var teamleider = await app.LoginAsync(Rol.Teamleider, BetaalrunApp.Gemeente);
        var voor = await StandAsync();

        var formulier = await teamleider.OpenFormulierAsync("/Betaalruns");
        using var json = new StringContent("""{ "Input": { "Maand": "2026-03" }, "maand": "2026-03" }""", Encoding.UTF8, "application/json");
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, new Uri("/Betaalruns", UriKind.Relative)) { Content = json };
        verzoek.Headers.Add("X-CSRF-TOKEN", formulier.Token);
        using var alsJson = await teamleider.SendAsync(verzoek, Ct);
        var jsonPagina = await HtmlPagina.LeesAsync(alsJson);
        using var leeg = await teamleider.VerstuurAsync(formulier, new Dictionary<string, string> { ["Input.Maand"] = "" });
        using var onzin = await teamleider.VerstuurAsync(formulier, new Dictionary<string, string> { ["Input.Maand"] = "2026-13" });

        Assert.Equal(HttpStatusCode.BadRequest, jsonPagina.Status);
        Assert.Equal("Kies de maand van de betaalrun.", jsonPagina.FoutBij("Input.Maand"));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (leeg.StatusCode, onzin.StatusCode));
        Assert.Equal(voor, await StandAsync());

        // The worker takes the queue in order: once a run started after these refusals is computed, anything they might
        // have queued would have been done. Only that run's lines are new.
        var maand = await OpenMaandAsync();
        using var gestart = await teamleider.VerstuurAsync(await teamleider.OpenFormulierAsync("/Betaalruns"), new Dictionary<string, string> { ["Input.Maand"] = maand });
        Assert.Equal(HttpStatusCode.Redirect, gestart.StatusCode);
        var run = await WachtTotBerekendAsync(maand);
        var na = await StandAsync();
        Assert.Equal(voor.Runs + 1, na.Runs);
        Assert.Equal(voor.Betalingen + await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().CountAsync(b => b.BetaalrunId == run, Ct)), na.Betalingen);
        await app.DefinitiefAsync(BetaalrunApp.Gemeente, DateOnly.ParseExact(maand + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));   // the next test starts the month after
    }

    [Fact]
    public async Task TheWorker_WritesNothingForARunNobodyStarted()
    {
        var voor = await StandAsync();
        var wachtrij = app.Services.GetRequiredService<BetaalrunWachtrij>();

        // Through the queue: a run that does not exist (the worker logs it and goes on with the next).
        wachtrij.Plaats(987_654, BetaalrunApp.Gemeente.Code);

        // A finished run has no open part to claim: working on it again writes nothing; for another gemeente it does not exist.
        var teamleider = await app.LoginAsync(Rol.Teamleider, BetaalrunApp.Gemeente);
        var maand = await OpenMaandAsync();
        using var gestart = await teamleider.PostFormAsync("/Betaalruns", new Dictionary<string, string> { ["Input.Maand"] = maand });
        var run = await WachtTotBerekendAsync(maand);
        var regels = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().CountAsync(b => b.BetaalrunId == run, Ct));
        await using (var werker = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "tweede-werker"))
        {
            Assert.Equal(0, await werker.Get<BetaalrunUitvoerder>().WerkAsync(run, "tweede-werker", TimeSpan.FromMinutes(2), null, Ct));
        }

        await using (var elders = app.AlsGebruiker(Rol.Teamleider, Leden.Utrecht, "werker-elders"))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                elders.Get<BetaalrunUitvoerder>().WerkAsync(run, "werker-elders", TimeSpan.FromMinutes(2), null, Ct));
        }

        var na = await StandAsync();
        Assert.Equal((voor.Runs + 1, voor.Betalingen + regels), (na.Runs, na.Betalingen));
        Assert.Equal(regels, await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().CountAsync(b => b.BetaalrunId == run, Ct)));
        await app.DefinitiefAsync(BetaalrunApp.Gemeente, DateOnly.ParseExact(maand + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));   // the next test starts the month after
    }

    private Task<(int Runs, int Delen, int Betalingen, int Verrekeningen)> StandAsync() => app.InDatabaseAsync(async db => (
        await db.Betaalruns.IgnoreQueryFilters().CountAsync(Ct), await db.BetaalrunDelen.IgnoreQueryFilters().CountAsync(Ct),
        await db.Betalingen.IgnoreQueryFilters().CountAsync(Ct), await db.BetalingVerrekeningen.IgnoreQueryFilters().CountAsync(Ct)));

    /// <summary>The run of that month once the background worker has handled it, computed.</summary>
    private async Task<int> WachtTotBerekendAsync(string maand)
    {
        var run = await app.AfgehandeldAsync(BetaalrunApp.Gemeente, DateOnly.ParseExact(maand + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(BetaalrunStatus.Proef, await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Id == run).Select(r => r.Status).SingleAsync(Ct)));
        return run;
    }

    /// <summary>The month the next run must pay (runs go month after month): each test makes its run definitive at its end.</summary>
    private async Task<string> OpenMaandAsync() => Betaalruns.Tekst(await app.OpenMaandAsync(BetaalrunApp.Gemeente));
}
