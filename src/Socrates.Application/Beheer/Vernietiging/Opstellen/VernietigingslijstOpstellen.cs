using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.Vernietiging.Opstellen;

/// <summary>
/// A Beheerder draws up a vernietigingslijst: every dossier of the own municipality whose term has passed, that nothing
/// blocks and that is on no other list still to be carried out (at most <see cref="Vernietigingslijst.MaximumDossiers"/>).
/// A second Beheerder approves it.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record VernietigingslijstOpstellen : ICommand<int>, IAuditOnderwerp
{
    /// <summary>What the page showed: how many dossiers had passed their term (a check, not a limit).</summary>
    public int Getoond { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(Vernietigingslijst);

    string? IAuditOnderwerp.OnderwerpId => null;                 // the new list's id, from the answer
}
