using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Herstellink;

/// <summary>
/// A one-time token with which a user of the own municipality sets a new password; the page shows it to the Beheerder
/// as a link (there is no mail server). Audited, never stored.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record HerstellinkMaken(string Id) : ICommand<Herstellink>, IAuditOnderwerp
{
    string IAuditOnderwerp.OnderwerpType => "Gebruiker";

    string? IAuditOnderwerp.OnderwerpId => Id;
}
