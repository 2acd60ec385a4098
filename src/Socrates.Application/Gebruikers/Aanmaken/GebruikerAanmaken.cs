using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Aanmaken;

/// <summary>
/// A new user of the acting municipality, with one role; or, from the command line without a municipality, a Normbeheerder
/// of the cooperative (of no municipality).
/// </summary>
[Vereist(Socrates.Domain.Gebruikers.Rol.Beheerder)]
public sealed record GebruikerAanmaken : ICommand<string>, IAuditOnderwerp
{
    public string? Email { get; init; }

    public string? Naam { get; init; }

    public string? Rol { get; init; }

    public string? Wachtwoord { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Gebruiker";

    string? IAuditOnderwerp.OnderwerpId => null;

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
