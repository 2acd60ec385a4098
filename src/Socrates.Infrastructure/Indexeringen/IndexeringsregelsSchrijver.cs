using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Domain.Indexeringen;
using Socrates.Infrastructure.Betalingen;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Indexeringen;

/// <summary>
/// One prepared insert per line on the context's own connection and transaction, as <see cref="BetalingenSchrijver"/> does
/// for payment lines. The column list follows <c>IndexeringsregelConfiguration</c> (amounts in cents, the month as a date).
/// </summary>
internal sealed class IndexeringsregelsSchrijver(SocratesDbContext db) : IIndexeringsregelsSchrijver
{
    private const string Sql =
        """
        INSERT INTO "Indexeringsregels" ("Gemeente", "IndexeringId", "NormensetId", "AanvragerId", "ToekenningId", "Maand", "WasBijstand",
            "WasVakantietoeslag", "WordtBijstand", "WordtVakantietoeslag", "Betaald", "Nabetaling", "TeveelBetaald", "Afgezien",
            "VakantietoeslagCorrectie", "VerwerktInBetaalrunId")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15)
        """;

    public Task SchrijfAsync(IReadOnlyList<Indexeringsregel> regels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var transactie = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Indexeringsregels worden alleen binnen de transactie van een opdracht geschreven.");
        return BetalingenSchrijver.SchrijfAsync(db.Database.GetDbConnection(), transactie, Sql, 16, regels, (p, r) =>
        {
            p[0].Value = r.Gemeente.Waarde;
            p[1].Value = r.IndexeringId;
            p[2].Value = r.NormensetId;
            p[3].Value = r.AanvragerId;
            p[4].Value = r.ToekenningId;
            p[5].Value = r.Maand;
            p[6].Value = r.WasBijstand.Centen;
            p[7].Value = r.WasVakantietoeslag.Centen;
            p[8].Value = r.WordtBijstand.Centen;
            p[9].Value = r.WordtVakantietoeslag.Centen;
            p[10].Value = r.Betaald.Centen;
            p[11].Value = r.Nabetaling.Centen;
            p[12].Value = r.TeveelBetaald.Centen;
            p[13].Value = r.Afgezien.Centen;
            p[14].Value = r.VakantietoeslagCorrectie.Centen;
            p[15].Value = (object?)r.VerwerktInBetaalrunId ?? DBNull.Value;
        }, cancellationToken);
    }
}
