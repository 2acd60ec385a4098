using System.Data.Common;
using System.Globalization;

namespace Socrates.Bench.Synthetisch;

/// <summary>
/// A prepared INSERT of one table, executed once per row on an open connection and transaction. On SQL Server a row with
/// its own "Id" goes in with IDENTITY_INSERT on for that one statement (a session may have it on for one table at a time,
/// and a household's rows alternate between tables), and the command is not prepared: SqlClient would demand a size for
/// every text parameter, and caches the plan of a parameterised batch anyway.
/// </summary>
internal sealed class RijInvoeger : IDisposable
{
    private readonly DbCommand _opdracht;
    private readonly DbParameter[] _parameters;
    private bool _voorbereid;

    public RijInvoeger(DbConnection verbinding, DbTransaction transactie, string tabel, params string[] kolommen)
    {
        ArgumentNullException.ThrowIfNull(verbinding);
        var sqlServer = verbinding is Microsoft.Data.SqlClient.SqlConnection;
        _voorbereid = sqlServer;
        _opdracht = verbinding.CreateCommand();
        _opdracht.Transaction = transactie;
        _opdracht.CommandText = Sql(tabel, kolommen, sqlServer);
        _parameters = new DbParameter[kolommen.Length];
        for (var i = 0; i < kolommen.Length; i++)
        {
            _parameters[i] = _opdracht.CreateParameter();
            _parameters[i].ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            _opdracht.Parameters.Add(_parameters[i]);
        }
    }

    /// <summary>The statement for one row; on SQL Server with IDENTITY_INSERT around it when the row brings its own "Id".</summary>
    public static string Sql(string tabel, IReadOnlyList<string> kolommen, bool sqlServer)
    {
        ArgumentNullException.ThrowIfNull(kolommen);
        var insert = $"INSERT INTO \"{tabel}\" ({string.Join(", ", kolommen.Select(k => $"\"{k}\""))}) " +
            $"VALUES ({string.Join(", ", kolommen.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        return sqlServer && kolommen.Contains("Id")
            ? $"SET IDENTITY_INSERT \"{tabel}\" ON; {insert}; SET IDENTITY_INSERT \"{tabel}\" OFF;"
            : insert;
    }

    public void Voeg(params object?[] waarden)
    {
        for (var i = 0; i < waarden.Length; i++)
        {
            _parameters[i].Value = waarden[i] ?? DBNull.Value;
        }

        if (!_voorbereid)
        {
            _opdracht.Prepare();
            _voorbereid = true;
        }

        _opdracht.ExecuteNonQuery();
    }

    public void Dispose() => _opdracht.Dispose();
}
