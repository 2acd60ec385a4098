using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// Toekenning ids are shared by all municipalities, so a part's id range of one gemeente also holds another's: the run
/// reads the range by its key alone and must pay only its own gemeente's households.
/// </summary>
public sealed class BetaalrunGemeentenTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    [Fact]
    public async Task PartRangeWithAnotherGemeentesToekenningen_PaysOnlyItsOwn()
    {
        await app.ZaaiAsync(Leden.Utrecht, 15, 11);
        await app.ZaaiAsync(BetaalrunApp.Gemeente, 15, 12);
        var denHaag = await RunAsync(BetaalrunApp.Gemeente);
        var utrecht = await RunAsync(Leden.Utrecht);

        Assert.Equal((BetaalrunApp.Huishoudens + 15, 1), (denHaag.Regels.Count, denHaag.Delen));
        Assert.All(denHaag.Regels, r => Assert.Equal(BetaalrunApp.Gemeente.Code, r.Gemeente));
        Assert.Equal(15, utrecht.Regels.Count);
        Assert.All(utrecht.Regels, r => Assert.Equal(Leden.Utrecht.Code, r.Gemeente));
        Assert.Empty(denHaag.Regels.Select(r => r.ToekenningId).Intersect(utrecht.Regels.Select(r => r.ToekenningId)));
    }

    private async Task<(List<(GemeenteCode Gemeente, int ToekenningId)> Regels, int Delen)> RunAsync(Lid gemeente)
    {
        var maand = Betaalruns.Tekst(await app.OpenMaandAsync(gemeente));
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, "starter");
        var id = await teamleider.Send(new BetaalrunStarten { Maand = maand, Deelgrootte = 1_000 });
        var delen = await teamleider.Get<BetaalrunUitvoerder>().WerkAsync(id, "w", TimeSpan.FromMinutes(2), null, TestContext.Current.CancellationToken);
        var regels = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().Where(b => b.BetaalrunId == id)
            .Select(b => new { b.Gemeente, b.ToekenningId }).ToListAsync());
        return ([.. regels.Select(r => (r.Gemeente, r.ToekenningId))], delen);
    }
}
