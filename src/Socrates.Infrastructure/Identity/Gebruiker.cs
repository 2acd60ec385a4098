using Microsoft.AspNetCore.Identity;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// A user account. Every user belongs to exactly one member municipality, except a Normbeheerder of the cooperative,
/// who belongs to none (<see cref="Gemeente"/> null) and sees no municipality's data.
/// </summary>
public sealed class Gebruiker : IdentityUser
{
    public const string NormbeheerderMetGemeente =
        "Een normbeheerder werkt voor de coöperatie en hoort bij geen gemeente: laat de gemeente leeg.";

    public const string GemeenteOntbreekt =
        "Kies de gemeente van deze gebruiker: alleen een normbeheerder hoort bij geen gemeente.";

    public GemeenteCode? Gemeente { get; set; }

    public string Naam { get; set; } = "";

    /// <summary>
    /// A new account (not yet saved) with these roles: a Normbeheerder has no municipality and no other role, every other
    /// user has one. Anything else is a <see cref="DomeinregelException"/> with a Dutch reason.
    /// </summary>
    public static Gebruiker Nieuw(string email, string naam, GemeenteCode? gemeente, IReadOnlyCollection<string> rollen)
    {
        ArgumentNullException.ThrowIfNull(rollen);
        var normbeheerder = rollen.Contains(Rol.Normbeheerder, StringComparer.Ordinal);
        if (normbeheerder && (gemeente is not null || rollen.Count > 1))
        {
            throw new DomeinregelException(NormbeheerderMetGemeente);
        }

        if (!normbeheerder && gemeente is null)
        {
            throw new DomeinregelException(GemeenteOntbreekt);
        }

        return new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Gemeente = gemeente, Naam = naam };
    }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
