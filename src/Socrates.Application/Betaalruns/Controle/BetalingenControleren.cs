using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Controle;

/// <summary>
/// Checks that the payment ledger of every household of the municipality adds up (docs/betalingen.md, Controle): lists the
/// first <see cref="Maximum"/> afwijkingen and counts them all, with what waits for a claim or for the next run's look-back.
/// A team lead's page and <c>socrates controle</c>; the check is audited.
/// </summary>
[Vereist(Rol.Teamleider, Rol.Systeem)]
public sealed record BetalingenControleren(int Maximum = 200) : IQuery<ControleUitkomst>
{
    public const string Actie = "BetalingenControleren";
}
