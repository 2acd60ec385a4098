using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Betalingen;

/// <summary>
/// Prepared single-row inserts on the context's own connection and transaction, far quicker than the change tracker.
/// On SQLite the payment lines go through <see cref="SqliteBetalingenSchrijver"/> (bound by position); on SQL Server,
/// and for the verrekeningen, one prepared ADO.NET command. The column list follows <c>BetalingConfiguration</c>.
/// </summary>
internal sealed class BetalingenSchrijver(SocratesDbContext db) : IBetalingenSchrijver
{
    private const string BetalingSql =
        """
        INSERT INTO "Betalingen" ("Gemeente", "BetaalrunId", "Maand", "ToekenningId", "AanvraagId", "AanvragerId", "Naam", "Iban", "Dagen",
            "DagenInMaand", "Norm", "InkomenInAanmerking", "Bijstand", "VakantietoeslagGereserveerd", "VakantietoeslagUitbetaald", "Verrekend",
            "TeBetalen", "VorigBedrag", "Signalen", "Betreft", "Soort", "VakantietoeslagSaldo")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21)
        """;

    private const string VerrekeningSql =
        """
        INSERT INTO "BetalingVerrekeningen" ("Gemeente", "BetaalrunId", "Maand", "ToekenningId", "TerugvorderingId", "Bedrag")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5)
        """;

    public async Task SchrijfAsync(IReadOnlyList<Betaling> betalingen, IReadOnlyList<BetalingVerrekening> verrekeningen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(betalingen);
        ArgumentNullException.ThrowIfNull(verrekeningen);
        var transactie = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Betalingen worden alleen binnen de transactie van een opdracht geschreven.");
        var verbinding = db.Database.GetDbConnection();
        if (verbinding is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            SqliteBetalingenSchrijver.Schrijf(sqlite, BetalingSql, betalingen);
        }
        else
        {
            await SchrijfAsync(verbinding, transactie, BetalingSql, 22, betalingen, Vul, cancellationToken);
        }

        await SchrijfAsync(verbinding, transactie, VerrekeningSql, 6, verrekeningen, (p, v) =>
        {
            p[0].Value = v.Gemeente.Waarde;
            p[1].Value = v.BetaalrunId;
            p[2].Value = v.Maand;
            p[3].Value = v.ToekenningId;
            p[4].Value = v.TerugvorderingId;
            p[5].Value = v.Bedrag.Centen;
        }, cancellationToken);
    }

    /// <summary>A payment line's values in the column order of <see cref="BetalingSql"/> (the ADO.NET way, for SQL Server).</summary>
    private static void Vul(DbParameter[] p, Betaling b)
    {
        p[0].Value = b.Gemeente.Waarde;
        p[1].Value = b.BetaalrunId;
        p[2].Value = b.Maand;
        p[3].Value = b.ToekenningId;
        p[4].Value = b.AanvraagId;
        p[5].Value = b.AanvragerId;
        p[6].Value = b.Naam;
        p[7].Value = (object?)b.Iban ?? DBNull.Value;
        p[8].Value = b.Dagen;
        p[9].Value = b.DagenInMaand;
        p[10].Value = b.Norm.Centen;
        p[11].Value = b.InkomenInAanmerking.Centen;
        p[12].Value = b.Bijstand.Centen;
        p[13].Value = b.VakantietoeslagGereserveerd.Centen;
        p[14].Value = b.VakantietoeslagUitbetaald.Centen;
        p[15].Value = b.Verrekend.Centen;
        p[16].Value = b.TeBetalen.Centen;
        p[17].Value = (object?)b.VorigBedrag?.Centen ?? DBNull.Value;
        p[18].Value = (int)b.Signalen;
        p[19].Value = b.Betreft;
        p[20].Value = b.Soort.ToString();
        p[21].Value = (object?)b.VakantietoeslagSaldo?.Centen ?? DBNull.Value;
    }

    internal static async Task SchrijfAsync<T>(
        DbConnection verbinding, DbTransaction transactie, string sql, int aantalParameters, IReadOnlyList<T> rijen, Action<DbParameter[], T> vul,
        CancellationToken cancellationToken)
    {
        if (rijen.Count == 0)
        {
            return;
        }

        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        opdracht.Transaction = transactie;
        var parameters = new DbParameter[aantalParameters];
        for (var i = 0; i < aantalParameters; i++)
        {
            parameters[i] = opdracht.CreateParameter();
            parameters[i].ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            opdracht.Parameters.Add(parameters[i]);
        }

        var voorbereid = false;
        foreach (var rij in rijen)
        {
            vul(parameters, rij);
            if (!voorbereid)
            {
                await opdracht.PrepareAsync(cancellationToken);
                voorbereid = true;
            }

            await opdracht.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
