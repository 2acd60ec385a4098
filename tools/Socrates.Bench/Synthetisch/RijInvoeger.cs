using System.Data.Common;
using System.Globalization;

namespace Socrates.Bench.Synthetisch;

/// <summary>A prepared INSERT of one table, executed once per row on an open connection and transaction.</summary>
internal sealed class RijInvoeger : IDisposable
{
    private readonly DbCommand _opdracht;
    private readonly DbParameter[] _parameters;
    private bool _voorbereid;

    public RijInvoeger(DbConnection verbinding, DbTransaction transactie, string tabel, params string[] kolommen)
    {
        _opdracht = verbinding.CreateCommand();
        _opdracht.Transaction = transactie;
        _opdracht.CommandText = $"INSERT INTO \"{tabel}\" ({string.Join(", ", kolommen.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", kolommen.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        _parameters = new DbParameter[kolommen.Length];
        for (var i = 0; i < kolommen.Length; i++)
        {
            _parameters[i] = _opdracht.CreateParameter();
            _parameters[i].ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            _opdracht.Parameters.Add(_parameters[i]);
        }
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
