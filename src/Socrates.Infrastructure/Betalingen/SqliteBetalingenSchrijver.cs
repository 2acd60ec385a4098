using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Socrates.Domain.Betalingen;

namespace Socrates.Infrastructure.Betalingen;

/// <summary>
/// The payment lines on SQLite through SQLite's own statement API, on the connection and inside the transaction the
/// command already holds. Microsoft.Data.Sqlite looks every parameter up by name on every execution (a native call and
/// a UTF-8 conversion per value: 22 per line); here each value is bound by its position. Same SQL, same columns, same
/// storage as EF Core's (DateOnly as <c>yyyy-MM-dd</c> text, amounts as whole cents); a failed step throws the
/// <see cref="SqliteException"/> Microsoft.Data.Sqlite would. No busy-wait is needed: the part's deletes, run before in
/// the same transaction, already hold SQLite's write lock.
/// </summary>
internal static class SqliteBetalingenSchrijver
{
    /// <summary>The kinds as EF Core stores them (their names), looked up once instead of formatted per line.</summary>
    private static readonly string[] Soorten = Enum.GetNames<BetalingSoort>();

    public static void Schrijf(SqliteConnection verbinding, string sql, IReadOnlyList<Betaling> betalingen)
    {
        if (betalingen.Count == 0)
        {
            return;
        }

        var db = verbinding.Handle ?? throw new InvalidOperationException("De SQLite-verbinding is niet open.");
        Controleer(db, raw.sqlite3_prepare_v2(db, sql, out var opdracht));
        using (opdracht)
        {
            foreach (var b in betalingen)
            {
                raw.sqlite3_bind_text(opdracht, 1, b.Gemeente.Waarde);
                raw.sqlite3_bind_int64(opdracht, 2, b.BetaalrunId);
                raw.sqlite3_bind_text(opdracht, 3, b.Maand.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                raw.sqlite3_bind_int64(opdracht, 4, b.ToekenningId);
                raw.sqlite3_bind_int64(opdracht, 5, b.AanvraagId);
                raw.sqlite3_bind_int64(opdracht, 6, b.AanvragerId);
                raw.sqlite3_bind_text(opdracht, 7, b.Naam);
                Tekst(opdracht, 8, b.Iban);
                raw.sqlite3_bind_int64(opdracht, 9, b.Dagen);
                raw.sqlite3_bind_int64(opdracht, 10, b.DagenInMaand);
                raw.sqlite3_bind_int64(opdracht, 11, b.Norm.Centen);
                raw.sqlite3_bind_int64(opdracht, 12, b.InkomenInAanmerking.Centen);
                raw.sqlite3_bind_int64(opdracht, 13, b.Bijstand.Centen);
                raw.sqlite3_bind_int64(opdracht, 14, b.VakantietoeslagGereserveerd.Centen);
                raw.sqlite3_bind_int64(opdracht, 15, b.VakantietoeslagUitbetaald.Centen);
                raw.sqlite3_bind_int64(opdracht, 16, b.Verrekend.Centen);
                raw.sqlite3_bind_int64(opdracht, 17, b.TeBetalen.Centen);
                if (b.VorigBedrag is { } vorig)
                {
                    raw.sqlite3_bind_int64(opdracht, 18, vorig.Centen);
                }
                else
                {
                    raw.sqlite3_bind_null(opdracht, 18);
                }

                raw.sqlite3_bind_int64(opdracht, 19, (long)b.Signalen);
                raw.sqlite3_bind_text(opdracht, 20, b.Betreft.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                raw.sqlite3_bind_text(opdracht, 21, Soorten[(int)b.Soort]);
                if (b.VakantietoeslagSaldo is { } saldo)
                {
                    raw.sqlite3_bind_int64(opdracht, 22, saldo.Centen);
                }
                else
                {
                    raw.sqlite3_bind_null(opdracht, 22);
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

    private static void Tekst(sqlite3_stmt opdracht, int positie, string? waarde)
    {
        if (waarde is null)
        {
            raw.sqlite3_bind_null(opdracht, positie);
        }
        else
        {
            raw.sqlite3_bind_text(opdracht, positie, waarde);
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
