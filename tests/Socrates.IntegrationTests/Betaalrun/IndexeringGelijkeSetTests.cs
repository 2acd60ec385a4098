using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Indexeringen;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>Approving a set equal to the one in force changes no month and pays nothing (issue #12.2).</summary>
public sealed class IndexeringGelijkeSetTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task ASetEqualToTheOneInForce_ChangesNoMonth_AndTheNextRunPaysNoNabetaling()
    {
        var gemeente = Leden.DenHaag;
        app.Vandaag(new DateOnly(2026, 3, 2));
        await app.ToekenningAsync(gemeente, new DateOnly(2026, 3, 1));
        for (var maand = 3; maand <= 5; maand++)
        {
            app.Vandaag(new DateOnly(2026, maand, 3));
            await app.RunAsync(gemeente, M(2026, maand));
        }

        app.Vandaag(new DateOnly(2026, 5, 20));
        await Hulp.JuliSetGoedgekeurdAsync(new DateOnly(2026, 4, 1), juli: false);
        await Hulp.DraaiAsync();

        Assert.Empty(await Hulp.RegelsAsync(gemeente));
        Assert.Equal(IndexeringStatus.Klaar, await app.InDatabaseAsync(db => db.Indexeringen.IgnoreQueryFilters()
            .Where(i => i.Gemeente == gemeente.Code).Select(i => i.Status).SingleAsync(Ct)));
        app.Vandaag(new DateOnly(2026, 6, 3));
        Assert.DoesNotContain(await app.RegelsAsync(await app.RunAsync(gemeente, M(2026, 6))), r => r.Soort == BetalingSoort.Nabetaling);
    }
}
