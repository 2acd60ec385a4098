using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// A web instance that stopped in the middle of a run: the next start of the app takes the run up again by itself and
/// finishes it without duplicates or gaps (the parts it wrote before the stop stay as they are).
/// </summary>
public sealed class BetaalrunHervattenTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    [Fact]
    public async Task AppStart_ResumesARunInterruptedByAStop()
    {
        var maand = await app.OpenMaandAsync(BetaalrunApp.Gemeente);
        int id;
        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter"))
        {
            id = await teamleider.Send(new BetaalrunStarten { Maand = maand.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Deelgrootte = 10 });
            Assert.Equal(2, await teamleider.Get<BetaalrunUitvoerder>().WerkAsync(id, "gestopt", TimeSpan.FromMinutes(2), 2, TestContext.Current.CancellationToken));
        }

        Assert.Equal(BetaalrunStatus.Berekenen, await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        await using (var herstart = new ZelfdeBestandApp(app.Bestand))
        {
            await herstart.InitializeAsync();
            Assert.Equal(id, await herstart.AfgehandeldAsync(BetaalrunApp.Gemeente, maand));
        }

        Assert.Equal(BetaalrunStatus.Proef, await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var toekenningen = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().Where(b => b.BetaalrunId == id).Select(b => b.ToekenningId).ToListAsync());
        Assert.Equal(BetaalrunApp.Huishoudens, toekenningen.Count);
        Assert.Equal(toekenningen.Count, toekenningen.Distinct().Count());
        var delen = await app.InDatabaseAsync(db => db.BetaalrunDelen.Where(d => d.BetaalrunId == id).ToListAsync());
        Assert.All(delen, d => Assert.True(d.Klaar));
        Assert.Equal(2, delen.Count(d => d.Eigenaar == "gestopt"));
    }

    /// <summary>A second start of the app on the first one's SQLite file, as after a restart; the first deletes the file.</summary>
    private sealed class ZelfdeBestandApp(string bestand) : SocratesApp
    {
        protected override (string Provider, string Verbinding) Database() => ("Sqlite", $"Data Source={bestand}");
    }
}
