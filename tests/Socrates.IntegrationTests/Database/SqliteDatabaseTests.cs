using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Database;

/// <summary>The embedded default as the app runs it: migrated at start-up, WAL, foreign keys, busy timeout.</summary>
public sealed class SqliteDatabaseTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("PRAGMA journal_mode", "wal")]
    [InlineData("PRAGMA foreign_keys", "1")]
    [InlineData("PRAGMA busy_timeout", "10000")]
    public async Task EveryConnection_HasThePragmas(string pragma, string verwacht)
    {
        var waarde = await app.InDatabaseAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            await using var opdracht = db.Database.GetDbConnection().CreateCommand();
            opdracht.CommandText = pragma;
            return Convert.ToString(await opdracht.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(verwacht, waarde);
    }

    [Fact]
    public async Task StartUp_MigratedTheDatabase_WithTheFourMembersAndTheirOwnTables()
    {
        var gemeenten = await app.InDatabaseAsync(db => db.Gemeenten.OrderBy(g => g.Naam).Select(g => g.Naam).ToListAsync(Ct));
        var tabellen = await app.InDatabaseAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name LIKE 'GemeenteInstellingen_%' ORDER BY name")
            .ToListAsync(Ct));

        Assert.Equal(["'s-Gravenhage", "Amsterdam", "Rotterdam", "Utrecht"], gemeenten);
        Assert.Equal(Leden.Alle.Select(l => "GemeenteInstellingen_" + l.Code.Waarde).Order(StringComparer.Ordinal), tabellen);
        Assert.Empty(await app.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync(Ct)));
    }

    [Fact]
    public async Task ForeignKeys_AreEnforced()
    {
        var fout = await Assert.ThrowsAsync<SqliteException>(() => app.InDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ('bestaat-niet', 'bestaat-ook-niet')", Ct)));

        Assert.Equal(19, fout.SqliteErrorCode);     // SQLITE_CONSTRAINT
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase_ForEveryInstance()
    {
        await app.NieuweClient().GetPaginaAsync("/Account/Inloggen");      // the form's antiforgery token needs the key ring

        Assert.True(await app.InDatabaseAsync(db => db.DataProtectionKeys.AnyAsync(Ct)));
    }
}
