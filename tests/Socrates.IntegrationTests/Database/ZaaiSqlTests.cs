using Socrates.Bench.Synthetisch;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The synthetic households (the bench's <c>seed</c>, and the betaalrun apps of both test suites) are written with their own
/// ids. On SQL Server such a row needs IDENTITY_INSERT on for its table, one table at a time per session, so it is switched
/// on and off around each statement; the statements must be T-SQL for SQL Server 2022 (issue #17).
/// </summary>
public sealed class ZaaiSqlTests
{
    [Fact]
    public void EenRijMetEigenId_OpSqlServer_StaatTussenIdentityInsertAanEnUit()
    {
        var sql = RijInvoeger.Sql("Personen", ["Id", "Gemeente", "Bsn", "Geboortedatum"], sqlServer: true);

        var uitkomst = TSql.Lees(sql);

        Assert.True(uitkomst.Fouten.Count == 0, string.Join(Environment.NewLine, uitkomst.Fouten));
        Assert.Equal(3, uitkomst.Statements);
        Assert.StartsWith("SET IDENTITY_INSERT \"Personen\" ON;", sql, StringComparison.Ordinal);
        Assert.EndsWith("SET IDENTITY_INSERT \"Personen\" OFF;", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void EenRijZonderEigenId_EnElkeRijOpSqlite_IsEenGewoneInsert()
    {
        var kinderen = RijInvoeger.Sql("AanvraagKinderen", ["Voornaam", "Geboortedatum", "AanvraagId"], sqlServer: true);
        var personen = RijInvoeger.Sql("Personen", ["Id", "Gemeente"], sqlServer: false);

        Assert.Equal(1, TSql.Lees(kinderen).Statements);
        Assert.Empty(TSql.Lees(kinderen).Fouten);
        Assert.Equal("INSERT INTO \"Personen\" (\"Id\", \"Gemeente\") VALUES (@p0, @p1)", personen);
    }
}
