namespace Socrates.Application.Beheer.Vernietiging;

/// <summary>
/// Something that keeps a dossier from being destroyed while it lasts, whatever its vernietigingsdatum: a terugvordering
/// with a saldo, a running toekenning, a termijn that runs. Every implementation registered in DI is asked (see
/// <see cref="Vernietigingsblokkaden"/>), for a whole set of dossiers in one query. A dossier is the bijstand dossier of
/// one person: the aanvragen with that person as aanvrager, their toekenningen, terugvorderingen, notes and letters,
/// keyed by the person's id. A new blocker (an open bezwaar or beroep) is one more class and one more DI line.
/// </summary>
public interface IVernietigingsblokkade
{
    /// <summary>The reasons, in Dutch and naming no person, for those of <paramref name="dossiers"/> that are blocked.</summary>
    Task<IReadOnlyList<Blokkade>> BlokkadesAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken);
}

/// <summary>One reason why the dossier of person <paramref name="Dossier"/> may not be destroyed yet.</summary>
public sealed record Blokkade(int Dossier, string Reden);
