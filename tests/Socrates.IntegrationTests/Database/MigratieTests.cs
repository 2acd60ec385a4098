using Microsoft.EntityFrameworkCore;

namespace Socrates.IntegrationTests.Database;

/// <summary>Two migration sets, one per provider, generated from the one model: none may lag behind it.</summary>
public sealed class MigratieTests
{
    [Fact]
    public void Sqlite_ModelHasNoChangesWithoutAMigration()
    {
        using var db = TestDatabases.Context("Sqlite", "Data Source=" + TestDatabases.TijdelijkSqliteBestand());

        Assert.False(db.Database.HasPendingModelChanges(), "Het model heeft wijzigingen zonder SQLite-migratie: draai .ci/add-migration.sh NAAM.");
    }

    [Fact]
    public void SqlServer_ModelHasNoChangesWithoutAMigration()
    {
        using var db = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);

        Assert.False(db.Database.HasPendingModelChanges(), "Het model heeft wijzigingen zonder SQL Server-migratie: draai .ci/add-migration.sh NAAM.");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations()
    {
        using var sqlite = TestDatabases.Context("Sqlite", "Data Source=" + TestDatabases.TijdelijkSqliteBestand());
        using var sqlServer = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);

        var namen = (IEnumerable<string> ids) => ids.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();

        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.Equal(namen(sqlite.Database.GetMigrations()), namen(sqlServer.Database.GetMigrations()));
    }

    [Fact]
    public void SqlServer_SchemaHasATableForEveryMember_AndMoneyAsBigint()
    {
        using var db = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);

        var script = db.Database.GenerateCreateScript();

        foreach (var lid in Domain.Gemeenten.Leden.Alle)
        {
            Assert.Contains($"CREATE TABLE [GemeenteInstellingen_{lid.Code.Waarde}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("[TerugvorderingMinimum] bigint NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[GeldigVanaf] date NOT NULL", script, StringComparison.Ordinal);
    }
}
