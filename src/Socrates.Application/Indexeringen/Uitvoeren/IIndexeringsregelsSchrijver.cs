using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>
/// Writes a part's indexeringsregels in bulk, in the transaction of the command that runs (prepared inserts: the change
/// tracker took most of the indexering's time, docs/performance.md "Indexering").
/// </summary>
public interface IIndexeringsregelsSchrijver
{
    Task SchrijfAsync(IReadOnlyList<Indexeringsregel> regels, CancellationToken cancellationToken);
}
