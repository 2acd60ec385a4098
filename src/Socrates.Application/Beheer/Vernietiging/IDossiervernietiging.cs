using Socrates.Domain.Bewaren;

namespace Socrates.Application.Beheer.Vernietiging;

/// <summary>
/// Destroys one dossier in the unit of work of the command that asks (Infrastructure: it also reaches what the change
/// tracker may not touch, such as the free text of a terugvordering's append-only ledger).
/// </summary>
public interface IDossiervernietiging
{
    /// <summary>
    /// Removes every personal detail of the dossier of person <paramref name="persoonId"/> and of the persons only it
    /// holds (a partner without a dossier of his own); amounts stay under <paramref name="dossier"/>'s reference.
    /// </summary>
    Task VernietigAsync(int persoonId, VernietigdDossier dossier, CancellationToken cancellationToken);
}
