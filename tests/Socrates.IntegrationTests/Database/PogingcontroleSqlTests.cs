using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The question asked after a lost commit ("is the attempt's Geslaagd line there?") on SQL Server reads with locks, so that
/// with READ_COMMITTED_SNAPSHOT on it waits for a commit in flight instead of reading past it; it is T-SQL for SQL Server
/// 2022 and a seek on (Gemeente, Tijdstip). SQLite has no such hint and needs none (one writer at a time).
/// </summary>
public sealed class PogingcontroleSqlTests
{
    [Fact]
    public void OpSqlServer_LeestDeVraagMetSloten_EnIsGeldigeTSql()
    {
        using var db = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);

        var sql = AuditSchrijver.Vastgelegd(db, Regel()).ToQueryString();

        Assert.Contains("WITH (READCOMMITTEDLOCK)", sql, StringComparison.Ordinal);
        Assert.Contains("[Poging]", sql, StringComparison.Ordinal);
        Assert.Contains("[Tijdstip]", sql, StringComparison.Ordinal);
        var uitkomst = TSql.Lees(sql);
        Assert.True(uitkomst.Fouten.Count == 0, string.Join(Environment.NewLine, uitkomst.Fouten) + Environment.NewLine + sql);
    }

    [Fact]
    public void OpSqlite_IsHetEenGewoneVraag()
    {
        using var db = TestDatabases.Context("Sqlite", "Data Source=:memory:");

        var sql = AuditSchrijver.Vastgelegd(db, Regel()).ToQueryString();

        Assert.DoesNotContain("READCOMMITTEDLOCK", sql, StringComparison.Ordinal);
        Assert.Contains("\"Poging\"", sql, StringComparison.Ordinal);
    }

    private static AuditRegel Regel()
    {
        var regel = new AuditRegel(new DateTime(2026, 12, 7, 17, 0, 0, DateTimeKind.Utc), Leden.Utrecht.Code, "consulent", "PersoonRegistreren", "Persoon", "7", AuditUitkomst.Geslaagd);
        regel.PogingVastleggen(Guid.NewGuid());
        return regel;
    }
}
