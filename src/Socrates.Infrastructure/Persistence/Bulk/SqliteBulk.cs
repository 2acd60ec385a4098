using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Socrates.Infrastructure.Persistence.Bulk;

/// <summary>
/// Rows on SQLite through SQLite's own statement API, on the connection and inside the transaction the command already
/// holds. Microsoft.Data.Sqlite looks every parameter up by name on every execution (a native call and a UTF-8 conversion
/// per value); here each value is bound by its position. Same SQL and storage as EF Core's (dates as <c>yyyy-MM-dd</c>
/// text, amounts as whole cents); a failed step throws the <see cref="SqliteException"/> Microsoft.Data.Sqlite would. No
/// busy-wait is needed: the transaction the rows are written in was begun IMMEDIATE (as Microsoft.Data.Sqlite begins one), so it
/// already holds SQLite's write lock.
/// </summary>
internal static class SqliteBulk
{
    public static void Schrijf<T>(SqliteConnection verbinding, Bulktabel<T> tabel, IReadOnlyList<T> rijen)
    {
        var db = verbinding.Handle ?? throw new InvalidOperationException("De SQLite-verbinding is niet open.");
        Controleer(db, raw.sqlite3_prepare_v2(db, tabel.InsertSql, out var opdracht));
        using (opdracht)
        {
            var kolommen = tabel.Kolommen;
            foreach (var rij in rijen)
            {
                for (var i = 0; i < kolommen.Count; i++)
                {
                    kolommen[i].Bind(opdracht, i + 1, rij);
                }

                var stap = raw.sqlite3_step(opdracht);
                raw.sqlite3_reset(opdracht);
                if (stap != raw.SQLITE_DONE)
                {
                    Controleer(db, stap);
                }
            }
        }
    }

    private static void Controleer(sqlite3 db, int resultaat)
    {
        if (resultaat is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), resultaat, raw.sqlite3_extended_errcode(db));
        }
    }
}
