using Socrates.Domain.Gebruikers;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// The demo data of one member (by its CBS code): the names of its three demo users and the streets, postcode area
/// and town of its demo and synthetic households.
/// </summary>
public sealed record Demolid(string Code, string Consulent, string Teamleider, string Beheerder, string[] Straten, int PostcodeVan, string Woonplaats)
{
    public string Naam(string rol) => rol switch
    {
        Rol.Consulent => Consulent,
        Rol.Teamleider => Teamleider,
        Rol.Beheerder => Beheerder,
        _ => throw new ArgumentOutOfRangeException(nameof(rol), rol, "Onbekende rol."),
    };
}
