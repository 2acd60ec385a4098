using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// A transient database failure (issue #17): the command is carried out again, whole, through the provider's execution
/// strategy, and nothing is written twice. The failure is injected by an interceptor that refuses the first insert of a
/// person, or the commit of its transaction, as SQLite does when another connection holds the lock (SQLITE_BUSY): before
/// the commit the command runs again; after a commit that went through (a connection lost while the server commits) the
/// attempt's "Geslaagd" audit line is found and the command is not run twice. On SQL Server EF's own list of transient
/// errors takes its place.
/// </summary>
public sealed class HerhalingTests(HerhalingApp app) : IClassFixture<HerhalingApp>
{
    [Fact]
    public async Task EenKeerBezet_DeOpdrachtSlaagtBijDeTweedePoging_EnSchrijftAllesEenKeer()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.Weiger(bsn, keer: 1, sqliteFout: 5);

        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = (await consulent.Send(TestData.Persoon(bsn))).Id;
        }

        Assert.Equal(2, app.Storing.Pogingen(bsn));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(p => p.Id == id)));
        Assert.Equal([AuditUitkomst.Geslaagd], await UitkomstenAsync(id));
    }

    [Fact]
    public async Task DeVerbindingValtWegTijdensDeCommit_DeOpdrachtWasAlGeslaagd_EnWordtNietHerhaald()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.WeigerCommit(bsn, naDeCommit: true);

        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = (await consulent.Send(TestData.Persoon(bsn))).Id;
        }

        Assert.Equal(1, app.Storing.Pogingen(bsn));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(p => p.Id == id)));
        Assert.Equal([AuditUitkomst.Geslaagd], await UitkomstenAsync(id));
    }

    [Fact]
    public async Task DeCommitMislukt_DeOpdrachtWordtHeelHerhaald()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.WeigerCommit(bsn, naDeCommit: false);

        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = (await consulent.Send(TestData.Persoon(bsn))).Id;
        }

        Assert.Equal(2, app.Storing.Pogingen(bsn));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(p => p.Id == id)));
        Assert.Equal([AuditUitkomst.Geslaagd], await UitkomstenAsync(id));
    }

    [Fact]
    public async Task SteedsBezet_GeeftHetNaDeLaatstePogingOp_EnSchrijftNiets()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.Weiger(bsn, keer: 100, sqliteFout: 5);
        var voor = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync());

        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            await Assert.ThrowsAsync<RetryLimitExceededException>(() => consulent.Send(TestData.Persoon(bsn)).AsTask());
        }

        Assert.Equal(SqliteHerhaling.MaximumPogingen + 1, app.Storing.Pogingen(bsn));
        Assert.Equal(voor, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task EenFoutDieNietVoorbijgaat_WordtNietHerhaald()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.Weiger(bsn, keer: 1, sqliteFout: 1);          // SQLITE_ERROR: a bug, not a lock

        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => consulent.Send(TestData.Persoon(bsn)).AsTask());
        }

        Assert.Equal(1, app.Storing.Pogingen(bsn));
    }

    private Task<List<AuditUitkomst>> UitkomstenAsync(int persoonId)
    {
        var sleutel = persoonId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(a => a.Actie == "PersoonRegistreren" && a.EntiteitId == sleutel).Select(a => a.Uitkomst).ToListAsync());
    }
}
