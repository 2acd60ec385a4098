using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Toevoegen;

/// <summary>A new user of the acting municipality with one or more roles; he sets his password through a one-time link.</summary>
[Vereist(Rol.Beheerder)]
public sealed record GebruikerToevoegen : ICommand<GebruikerToegevoegd>, IAuditOnderwerp
{
    public string? Email { get; init; }

    public string? Naam { get; init; }

    public IReadOnlyList<string>? Rollen { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Gebruiker";

    string? IAuditOnderwerp.OnderwerpId => null;

    /// <summary>Only the type: the name and address never reach a log line.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
