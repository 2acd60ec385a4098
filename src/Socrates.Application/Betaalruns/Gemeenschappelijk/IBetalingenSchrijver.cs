using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>
/// Writes a part's payment lines in bulk, in the transaction of the command that runs (plain prepared inserts: 100,000
/// lines through the change tracker would take most of the run's time).
/// </summary>
public interface IBetalingenSchrijver
{
    Task SchrijfAsync(IReadOnlyList<Betaling> betalingen, IReadOnlyList<BetalingVerrekening> verrekeningen, CancellationToken cancellationToken);
}
