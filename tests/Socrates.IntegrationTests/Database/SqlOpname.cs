using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// A database that is not there: EF's interceptors keep the connection from opening and every command from running, and
/// record the command's SQL instead. It answers as an empty database would: a query with no rows, except a query of one
/// aggregate, which has one (<see cref="Nulrij"/>); a save with the one row per command EF reads back; any other command with
/// no rows affected. So real handlers run on the SqlServer provider without a server, until they need a row.
/// </summary>
internal sealed class SqlOpname : IDbConnectionInterceptor, IDbCommandInterceptor
{
    private readonly List<string> _commandos = [];
    private readonly Lock _slot = new();

    /// <summary>The SQL of every command EF sent, in order.</summary>
    public IReadOnlyList<string> Commandos
    {
        get
        {
            lock (_slot)
            {
                return [.. _commandos];
            }
        }
    }

    public void Wis()
    {
        lock (_slot)
        {
            _commandos.Clear();
        }
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Lezer(command, eventData));

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Lezer(command, eventData)));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        InterceptionResult<object>.SuppressWithResult(Neem(command, DBNull.Value));

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(Neem(command, DBNull.Value)));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        InterceptionResult<int>.SuppressWithResult(Neem(command, 0));

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(Neem(command, 0)));

    private DbDataReader Lezer(DbCommand command, CommandEventData eventData)
    {
        DbDataReader antwoord = eventData.CommandSource == CommandSource.SaveChanges ? new Nulrij(resultaten: 1000)
            : IsEenAggregaat(command.CommandText) ? new Nulrij(resultaten: 1)
            : Leeg().CreateDataReader();
        return Neem(command, antwoord);
    }

    /// <summary>
    /// A single SELECT without FROM (EF's <c>CASE WHEN EXISTS</c>), or one whose every column is an aggregate without GROUP BY
    /// (COUNT, SUM, MAX): on an empty table such a query still gives one row.
    /// </summary>
    private static bool IsEenAggregaat(string sql)
    {
        using var lezer = new StringReader(sql);
        var script = new TSql160Parser(initialQuotedIdentifiers: true).Parse(lezer, out var fouten) as TSqlScript;
        if (fouten.Count > 0 || script?.Batches is not [{ Statements: [SelectStatement { QueryExpression: QuerySpecification vraag }] }])
        {
            return false;
        }

        return vraag.FromClause is null
            || (vraag.GroupByClause is null && vraag.SelectElements.All(kolom =>
            {
                var aggregaten = new AggregaatTeller();
                kolom.Accept(aggregaten);
                return aggregaten.Aantal > 0;
            }));
    }

    /// <summary>
    /// No rows, but columns enough for any query: with EnableRetryOnFailure EF buffers every result and first checks that the
    /// reader has at least as many columns as the query projects. A table of its own per reader: a reader listens to its table.
    /// </summary>
    private static DataTable Leeg()
    {
        var tabel = new DataTable();
        for (var i = 0; i < Nulrij.Kolommen; i++)
        {
            tabel.Columns.Add($"k{i}", typeof(object));
        }

        return tabel;
    }

    private T Neem<T>(DbCommand command, T antwoord)
    {
        lock (_slot)
        {
            _commandos.Add(command.CommandText);
        }

        return antwoord;
    }

    /// <summary>Counts the aggregate function calls of a select column, not those inside a subquery.</summary>
    private sealed class AggregaatTeller : TSqlFragmentVisitor
    {
        private static readonly HashSet<string> Namen = new(["COUNT", "COUNT_BIG", "SUM", "MIN", "MAX", "AVG"], StringComparer.OrdinalIgnoreCase);

        public int Aantal { get; private set; }

        public override void ExplicitVisit(ScalarSubquery node)
        {
        }

        public override void Visit(FunctionCall node)
        {
            ArgumentNullException.ThrowIfNull(node);
            if (Namen.Contains(node.FunctionName.Value))
            {
                Aantal++;
            }

            base.Visit(node);
        }
    }
}
