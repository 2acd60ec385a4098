using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers;

/// <summary>A user in the list of the own municipality.</summary>
public sealed record GebruikerRegel(string Id, string Naam, string Email, IReadOnlyList<string> Rollen, bool Geblokkeerd)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
