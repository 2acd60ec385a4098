using Microsoft.EntityFrameworkCore;
using Socrates.Application.Indexeringen.Starten;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Indexeringen;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>A crash in the middle of an indexering and its resumption: every month written and paid exactly once (issue #12.2).</summary>
public sealed class IndexeringHervattenTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task AWorkerStoppedHalfway_IsTakenOverAfterItsLease_AndEveryMonthIsWrittenAndPaidOnce()
    {
        var gemeente = Leden.Rotterdam;
        app.Vandaag(new DateOnly(2026, 7, 2));
        for (var i = 0; i < 3; i++)
        {
            await app.ToekenningAsync(gemeente, new DateOnly(2026, 7, 1));
        }

        for (var maand = 7; maand <= 9; maand++)
        {
            app.Vandaag(new DateOnly(2026, maand, 3));
            await app.RunAsync(gemeente, M(2026, maand));
        }

        app.Vandaag(new DateOnly(2026, 9, 20));
        await Hulp.JuliSetGoedgekeurdAsync(new DateOnly(2026, 7, 1), juli: true);
        await using (var systeem = Hulp.AlsIndexering(gemeente))
        {
            var id = Assert.Single(await systeem.Send(new IndexeringenStarten(Deelgrootte: 1)));
            var uitvoerder = systeem.Get<IndexeringUitvoerder>();
            Assert.Equal(1, await uitvoerder.WerkAsync(id, "a", TimeSpan.FromMinutes(2), 1, Ct));

            // Worker a claims the second part and stops before writing it.
            var tweede = await systeem.Db.IndexeringDelen.Where(d => d.IndexeringId == id && !d.Klaar).OrderBy(d => d.Volgnummer).FirstAsync(Ct);
            var tot = app.Klok.GetUtcNow().UtcDateTime.AddMinutes(2);
            await systeem.Db.IndexeringDelen.Where(d => d.Id == tweede.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Eigenaar, "a").SetProperty(d => d.LeaseTot, (DateTime?)tot), Ct);
            // Worker b writes the third part and leaves the leased second one: the indexering stays open.
            Assert.Equal(1, await uitvoerder.WerkAsync(id, "b", TimeSpan.FromMinutes(2), null, Ct));
            Assert.Equal(1, await Hulp.OpenDelenAsync(id));
            Assert.Equal(IndexeringStatus.Berekenen, await app.InDatabaseAsync(db => db.Indexeringen.IgnoreQueryFilters().Where(i => i.Id == id).Select(i => i.Status).SingleAsync(Ct)));

            app.Klok.Advance(TimeSpan.FromMinutes(3));
            Assert.Equal(1, await uitvoerder.WerkAsync(id, "b", TimeSpan.FromMinutes(2), null, Ct));
            var laat = await Assert.ThrowsAsync<DomeinregelException>(
                () => systeem.Send(new IndexeringDeelOpslaan(id, tweede.Id, "a", [])).AsTask());
            Assert.Contains("niet meer berekend", laat.Message, StringComparison.Ordinal);
            Assert.Equal(IndexeringStatus.Klaar, await app.InDatabaseAsync(db => db.Indexeringen.IgnoreQueryFilters().Where(i => i.Id == id).Select(i => i.Status).SingleAsync(Ct)));
        }

        var regels = await Hulp.RegelsAsync(gemeente);
        Assert.Equal(9, regels.Count);
        Assert.Equal(9, regels.Select(r => (r.ToekenningId, r.Maand)).Distinct().Count());
        app.Vandaag(new DateOnly(2026, 10, 3));
        var oktober = await app.RegelsAsync(await app.RunAsync(gemeente, M(2026, 10)));
        Assert.Equal(9, oktober.Count(r => r.Soort == BetalingSoort.Nabetaling && r.TeBetalen == Bedrag.Euro(17.07m)));
        app.Vandaag(new DateOnly(2026, 11, 3));
        Assert.DoesNotContain(await app.RegelsAsync(await app.RunAsync(gemeente, M(2026, 11))), r => r.Soort == BetalingSoort.Nabetaling);
    }
}
