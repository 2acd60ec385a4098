using Socrates.Application.Audit;

namespace Socrates.Application.Gebruikers.Toevoegen;

/// <summary>The new account's id and the one-time token for its first password (shown once, never stored or logged).</summary>
public sealed record GebruikerToegevoegd(string Id, string HerstelToken) : IAuditAntwoord
{
    public string AuditId => Id;

    public override string ToString() => $"GebruikerToegevoegd {Id}";
}
