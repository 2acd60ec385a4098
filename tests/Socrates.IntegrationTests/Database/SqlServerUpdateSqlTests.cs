using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The INSERT, UPDATE and DELETE SQL that EF's SqlServer provider writes for SaveChanges, for every table of the model, parsed
/// as T-SQL for SQL Server 2022 without a server (issue #17). Rows of every entity type are staged in one state
/// (<see cref="Wijzigingsvoorbeelden"/>), EF's own batch preparer (the one SaveChanges uses) makes the batches, and each batch
/// is sent to <see cref="SqlOpname"/>, which records its SQL: one row per table, two per table (SQL Server's MERGE for
/// several rows of one table), changed, deleted.
/// </summary>
public sealed class SqlServerUpdateSqlTests
{
    private static readonly (string Naam, EntityState Staat, int Aantal, string[] Woorden)[] Gevallen =
    [
        ("toegevoegd", EntityState.Added, 1, ["INSERT"]),
        ("toegevoegd, twee per tabel", EntityState.Added, 2, ["INSERT", "MERGE"]),
        ("gewijzigd", EntityState.Modified, 1, ["UPDATE"]),
        ("verwijderd", EntityState.Deleted, 1, ["DELETE"]),
    ];

    [Fact]
    public void DeWijzigingenVanElkeTabel_ZijnGeldigeTSqlVoorSqlServer2022()
    {
        var fouten = new List<string>();
        var uitvoer = TestContext.Current.TestOutputHelper;
        var (soorten, tabellen, totaal) = (0, 0, 0);
        foreach (var (naam, staat, aantal, woorden) in Gevallen)
        {
            var opname = new SqlOpname();
            using var db = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer, opname);
            var verwacht = db.Model.GetEntityTypes()
                .Where(t => t.GetTableName() is not null && (staat != EntityState.Modified || t.GetProperties().Any(p => !p.IsPrimaryKey())))
                .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            soorten = Math.Max(soorten, verwacht.Count);
            tabellen = db.Model.GetRelationalModel().Tables.Count();

            var gedekt = new HashSet<string>(StringComparer.Ordinal);
            var batches = 0;
            var entries = Wijzigingsvoorbeelden.Zet(db, staat, aantal);
            var verbinding = db.GetService<IRelationalConnection>();
            foreach (var batch in db.GetService<ICommandBatchPreparer>().BatchCommands(entries, db.GetService<IUpdateAdapterFactory>().Create()))
            {
                batches++;
                gedekt.UnionWith(batch.ModificationCommands.SelectMany(c => c.Entries).Select(e => e.EntityType.Name));
                Verstuur(batch, verbinding);
            }

            var sql = opname.Commandos;
            var statements = 0;
            foreach (var commando in sql)
            {
                var uitkomst = TSql.Lees(commando);
                statements += uitkomst.Statements;
                fouten.AddRange(uitkomst.Fouten.Select(f => $"{naam}: {f}{Environment.NewLine}{commando}"));
            }

            totaal += statements;
            uitvoer?.WriteLine($"{naam}: {entries.Count} rijen van {gedekt.Count} entiteitsoorten, {batches} batches, {sql.Count} commando's, {statements} statements.");
            Assert.Equal(batches, sql.Count);
            Assert.Empty(verwacht.Except(gedekt, StringComparer.Ordinal));
            Assert.All(sql, s => Assert.Contains(woorden, w => s.Contains(w + " ", StringComparison.Ordinal)));
            Assert.All(woorden, w => Assert.Contains(sql, s => s.Contains(w + " ", StringComparison.Ordinal)));
        }

        uitvoer?.WriteLine($"T-SQL (SQL Server 2022): {soorten} entiteitsoorten in {tabellen} tabellen, {totaal} statements ontleed.");
        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
    }

    /// <summary>
    /// Sends the batch as SaveChanges does, into the recording. The recording answers one row per result set; where a batch
    /// expects other counts (an insert without OUTPUT, the rows of a MERGE) EF reports rows it missed as a concurrency conflict,
    /// after the SQL was recorded. Any other failure fails the test.
    /// </summary>
    private static void Verstuur(ModificationCommandBatch batch, IRelationalConnection verbinding)
    {
        try
        {
            batch.Execute(verbinding);
        }
        catch (DbUpdateConcurrencyException)
        {
        }
    }
}
