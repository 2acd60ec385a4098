using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// A transient database failure (issue #17): the command is carried out again, whole, through the provider's execution
/// strategy, and nothing is written twice. The failure is injected by an interceptor that refuses the first insert of a
/// person as SQLite does when another connection holds the lock (SQLITE_BUSY); on SQL Server EF's own list of transient
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
        var sleutel = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(a => a.Actie == "PersoonRegistreren" && a.EntiteitId == sleutel).Select(a => a.Uitkomst).ToListAsync());
        Assert.Equal([AuditUitkomst.Geslaagd], audit);
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
}

/// <summary>An app whose database refuses the inserts of chosen persons a given number of times.</summary>
public sealed class HerhalingApp : SqliteApp
{
    public Storing Storing { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureTestServices(s => s.ConfigureDbContext<SocratesDbContext>(o => o.AddInterceptors(Storing)));
    }
}

/// <summary>
/// Refuses the insert of a person whose BSN was chosen, <c>keer</c> times, with a SqliteException of the chosen code, as the
/// database would; counts every attempt. The BSN is a parameter of the insert, so only that person's insert is touched.
/// </summary>
public sealed class Storing : DbCommandInterceptor
{
    private readonly Dictionary<string, (int Keer, int Fout, int Pogingen)> _keuzes = new(StringComparer.Ordinal);
    private readonly Lock _slot = new();

    public void Weiger(string bsn, int keer, int sqliteFout)
    {
        lock (_slot)
        {
            _keuzes[bsn] = (keer, sqliteFout, 0);
        }
    }

    public int Pogingen(string bsn)
    {
        lock (_slot)
        {
            return _keuzes[bsn].Pogingen;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandText.Contains("INSERT INTO \"Personen\"", StringComparison.Ordinal))
        {
            lock (_slot)
            {
                var bsn = command.Parameters.Cast<DbParameter>().Select(p => p.Value as string).FirstOrDefault(v => v is not null && _keuzes.ContainsKey(v));
                if (bsn is not null)
                {
                    var (keer, fout, pogingen) = _keuzes[bsn];
                    _keuzes[bsn] = (keer, fout, pogingen + 1);
                    if (pogingen < keer)
                    {
                        throw new SqliteException(fout == 5 ? "database is locked" : "SQL logic error", fout);
                    }
                }
            }
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
