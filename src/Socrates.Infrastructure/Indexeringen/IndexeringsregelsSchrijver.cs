using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Domain.Indexeringen;
using Socrates.Infrastructure.Persistence;
using Socrates.Infrastructure.Persistence.Bulk;

namespace Socrates.Infrastructure.Indexeringen;

/// <summary>An indexering's lines in bulk (<see cref="Bulkschrijver"/>), in the transaction of the command that runs.</summary>
internal sealed class IndexeringsregelsSchrijver(SocratesDbContext db) : IIndexeringsregelsSchrijver
{
    /// <summary>Every column of <c>Indexeringsregels</c> but its key, as <c>IndexeringsregelConfiguration</c> maps them.</summary>
    internal static readonly Bulktabel<Indexeringsregel> Regels = new Bulktabel<Indexeringsregel>("Indexeringsregels")
        .Tekst("Gemeente", r => r.Gemeente.Waarde)
        .Int("IndexeringId", r => r.IndexeringId)
        .Int("NormensetId", r => r.NormensetId)
        .Int("AanvragerId", r => r.AanvragerId)
        .Int("ToekenningId", r => r.ToekenningId)
        .Datum("Maand", r => r.Maand)
        .Long("WasBijstand", r => r.WasBijstand.Centen)
        .Long("WasVakantietoeslag", r => r.WasVakantietoeslag.Centen)
        .Long("WordtBijstand", r => r.WordtBijstand.Centen)
        .Long("WordtVakantietoeslag", r => r.WordtVakantietoeslag.Centen)
        .Long("Betaald", r => r.Betaald.Centen)
        .Long("Nabetaling", r => r.Nabetaling.Centen)
        .Long("TeveelBetaald", r => r.TeveelBetaald.Centen)
        .Long("Afgezien", r => r.Afgezien.Centen)
        .Long("VakantietoeslagCorrectie", r => r.VakantietoeslagCorrectie.Centen)
        .IntOfLeeg("VerwerktInBetaalrunId", r => r.VerwerktInBetaalrunId);

    public Task SchrijfAsync(IReadOnlyList<Indexeringsregel> regels, CancellationToken cancellationToken) =>
        Bulkschrijver.SchrijfAsync(db, Regels, regels, cancellationToken);
}
