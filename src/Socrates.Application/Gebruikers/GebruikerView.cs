using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers;

/// <summary>One user of the own municipality, with the concurrency stamp a form sends back as <see cref="Versie"/>.</summary>
public sealed record GebruikerView(
    string Id, string Naam, string Email, IReadOnlyList<string> Rollen, bool Geblokkeerd, bool HeeftWachtwoord, string Versie)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
