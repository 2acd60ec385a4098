using Microsoft.AspNetCore.Identity;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Identity;

/// <summary>A user account. Every user belongs to exactly one member municipality.</summary>
public sealed class Gebruiker : IdentityUser
{
    public GemeenteCode Gemeente { get; set; } = null!;

    public string Naam { get; set; } = "";

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
