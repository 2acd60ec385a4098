using Microsoft.Data.Sqlite;

namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>
/// One municipality's rows in one line: for every table with a <c>Gemeente</c> column, the count of its rows and the sum of
/// their versions. Another municipality's users may change their own records, never a line of this one.
/// </summary>
internal sealed class Gemeentevingerafdruk(SqliteConnection verbinding, string sql, string gemeente) : IAsyncDisposable
{
    public static async Task<Gemeentevingerafdruk> OpenAsync(string bestand, string gemeente, CancellationToken ct)
    {
        var verbinding = new SqliteConnection($"Data Source={bestand};Mode=ReadOnly");
        await verbinding.OpenAsync(ct);
        var delen = new List<string>();
        await using (var tabellen = verbinding.CreateCommand())
        {
            tabellen.CommandText =
                "SELECT m.name, (SELECT COUNT(*) FROM pragma_table_info(m.name) WHERE name = 'Versie') FROM sqlite_master m " +
                "WHERE m.type = 'table' AND m.name NOT IN ('AuditRegels') AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'Gemeente') ORDER BY m.name";
            await using var lezer = await tabellen.ExecuteReaderAsync(ct);
            while (await lezer.ReadAsync(ct))
            {
                var tabel = lezer.GetString(0);
                delen.Add($"(SELECT COUNT(*) FROM \"{tabel}\" WHERE \"Gemeente\" = $gemeente)");
                if (lezer.GetInt64(1) > 0)
                {
                    delen.Add($"(SELECT COALESCE(SUM(\"Versie\"), 0) FROM \"{tabel}\" WHERE \"Gemeente\" = $gemeente)");
                }
            }
        }

        if (delen.Count < 5)
        {
            throw new InvalidOperationException($"Maar {delen.Count} delen met een kolom Gemeente gevonden.");
        }

        return new Gemeentevingerafdruk(verbinding, "SELECT " + string.Join(" || ',' || ", delen), gemeente);
    }

    public async Task<string> LeesAsync(CancellationToken ct)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        opdracht.Parameters.AddWithValue("$gemeente", gemeente);
        return (string)(await opdracht.ExecuteScalarAsync(ct))!;
    }

    public ValueTask DisposeAsync() => verbinding.DisposeAsync();
}
