using Socrates.Application.Audit;

namespace Socrates.Application.Gebruikers;

/// <summary>A change to an existing account: its id and the concurrency stamp the form showed.</summary>
public abstract record GebruikerOpdracht : IAuditOnderwerp
{
    public string Id { get; init; } = "";

    public string? Versie { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Gebruiker";

    string? IAuditOnderwerp.OnderwerpId => Id;
}
