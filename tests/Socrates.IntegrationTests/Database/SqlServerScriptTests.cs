using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The SQL Server path checked without a server (issue #17): the idempotent script of the SqlServer migration set parses as
/// T-SQL for SQL Server 2022, including the statements EF wraps in EXEC('…'); and the two migration sets describe the same
/// tables, columns, keys and indexes, by name.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void HetIdempotenteMigratiescript_IsGeldigeTSqlVoorSqlServer2022()
    {
        using var db = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var uitkomst = TSql.Lees(script);

        Assert.True(uitkomst.Fouten.Count == 0, string.Join(Environment.NewLine, uitkomst.Fouten.Take(10)));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"T-SQL (SQL Server 2022): {uitkomst.Statements} statements ontleed, waarvan {uitkomst.Dynamisch} binnen EXEC, in {uitkomst.Batches} batches.");
        var migraties = db.Database.GetMigrations().Count();
        Assert.True(uitkomst.Batches > migraties, $"{uitkomst.Batches} batches voor {migraties} migraties");
        Assert.True(uitkomst.Dynamisch > 0, "geen statements binnen EXEC gevonden: het script wordt niet helemaal gelezen");
    }

    [Fact]
    public void DeTweeMigratiesets_BeschrijvenHetzelfdeModel()
    {
        using var sqlite = TestDatabases.Context("Sqlite", "Data Source=" + TestDatabases.TijdelijkSqliteBestand());
        using var sqlServer = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);

        var inSqlite = Beschrijving(sqlite);
        var inSqlServer = Beschrijving(sqlServer);

        Assert.True(inSqlite.Count > 50, $"{inSqlite.Count} regels");
        Assert.Equal(inSqlite.Except(inSqlServer, StringComparer.Ordinal).Order(StringComparer.Ordinal), []);
        Assert.Equal(inSqlServer.Except(inSqlite, StringComparer.Ordinal).Order(StringComparer.Ordinal), []);
    }

    /// <summary>
    /// The relational model of a migration set's snapshot as lines: every table, its columns (with nullability), primary key,
    /// foreign keys, unique constraints and indexes, named as the database names them.
    /// </summary>
    private static HashSet<string> Beschrijving(DbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model ?? throw new InvalidOperationException("Geen snapshot.");
        if (snapshot is IMutableModel veranderlijk)
        {
            snapshot = veranderlijk.FinalizeModel();
        }

        var model = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot).GetRelationalModel();
        var regels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tabel in model.Tables)
        {
            var naam = tabel.SchemaQualifiedName;
            regels.Add($"tabel {naam}");
            foreach (var kolom in tabel.Columns)
            {
                regels.Add($"kolom {naam}.{kolom.Name} {(kolom.IsNullable ? "null" : "not null")}");
            }

            if (tabel.PrimaryKey is { } sleutel)
            {
                regels.Add($"primaire sleutel {naam} {sleutel.Name} ({Kolommen(sleutel.Columns)})");
            }

            foreach (var fk in tabel.ForeignKeyConstraints)
            {
                regels.Add($"verwijzing {naam} {fk.Name} ({Kolommen(fk.Columns)}) naar {fk.PrincipalTable.SchemaQualifiedName} {fk.OnDeleteAction}");
            }

            foreach (var uniek in tabel.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
            {
                regels.Add($"uniek {naam} {uniek.Name} ({Kolommen(uniek.Columns)})");
            }

            foreach (var index in tabel.Indexes)
            {
                // Not the filter: it is each provider's own SQL, and SQL Server filters Identity's nullable unique indexes by itself.
                regels.Add($"index {naam} {index.Name} ({Kolommen(index.Columns)}){(index.IsUnique ? " uniek" : "")}");
            }
        }

        return regels;
    }

    private static string Kolommen(IEnumerable<IColumn> kolommen) => string.Join(", ", kolommen.Select(k => k.Name));
}

/// <summary>Reads T-SQL with ScriptDom's parser for SQL Server 2022 (compatibility level 160), and the strings run by EXEC.</summary>
internal static class TSql
{
    public sealed record Uitkomst(int Batches, int Statements, int Dynamisch, IReadOnlyList<string> Fouten);

    public static Uitkomst Lees(string script)
    {
        var fouten = new List<string>();
        var (batches, statements, dynamisch) = Ontleed(script, fouten, "script", 0);
        return new Uitkomst(batches, statements, dynamisch, fouten);
    }

    private static (int Batches, int Statements, int Dynamisch) Ontleed(string tekst, List<string> fouten, string waar, int diepte)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var lezer = new StringReader(tekst);
        var fragment = parser.Parse(lezer, out var parseFouten);
        fouten.AddRange(parseFouten.Select(f => $"{waar}, regel {f.Line}: {f.Message}"));
        if (fragment is not TSqlScript script)
        {
            return (0, 0, 0);
        }

        var exec = new ExecVerzamelaar();
        script.Accept(exec);
        var binnen = 0;
        foreach (var (sql, regel) in exec.Teksten.Where(_ => diepte < 3))
        {
            var (_, aantal, dieper) = Ontleed(sql, fouten, $"{waar}, EXEC op regel {regel}", diepte + 1);
            binnen += aantal + dieper;
        }

        return (script.Batches.Count, exec.Statements, binnen);
    }

    /// <summary>The SQL of every EXEC('…') and EXEC sp_executesql N'…' in a script.</summary>
    private sealed class ExecVerzamelaar : TSqlFragmentVisitor
    {
        public List<(string Sql, int Regel)> Teksten { get; } = [];

        /// <summary>Every statement, also those inside IF … BEGIN … END.</summary>
        public int Statements { get; private set; }

        public override void Visit(TSqlStatement node)
        {
            Statements++;
            base.Visit(node);
        }

        public override void Visit(ExecutableStringList node)
        {
            ArgumentNullException.ThrowIfNull(node);
            // EF concatenates a quoted name held in a variable (EXEC(N'… DROP CONSTRAINT ' + @var + ';')): it stands in as [naam].
            var sql = string.Concat(node.Strings.Select(s => s is StringLiteral literal ? literal.Value : "[naam]"));
            if (sql.Length > 0)
            {
                Teksten.Add((sql, node.StartLine));
            }

            base.Visit(node);
        }

        public override void Visit(ExecutableProcedureReference node)
        {
            ArgumentNullException.ThrowIfNull(node);
            if (node.ProcedureReference?.ProcedureReference?.Name?.BaseIdentifier?.Value is { } naam
                && naam.Equals("sp_executesql", StringComparison.OrdinalIgnoreCase)
                && node.Parameters.FirstOrDefault()?.ParameterValue is StringLiteral literal)
            {
                Teksten.Add((literal.Value, node.StartLine));
            }

            base.Visit(node);
        }
    }
}
