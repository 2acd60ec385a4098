using Socrates.Domain.Gebruikers;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// The demo data of one member (by its CBS code): the names of its demo users (one consulent, two teamleiders, two
/// beheerders, an administratief medewerker and a bezwaarbehandelaar, so four-eyes can be tried at once) and the streets, postcode area and town of its demo and synthetic households.
/// </summary>
public sealed record Demolid(
    string Code, string Consulent, string[] Teamleiders, string[] Beheerders, string[] Straten, int PostcodeVan, string Woonplaats, string AdministratiefMedewerker,
    string Bezwaarbehandelaar)
{
    /// <summary>The names of the demo users with this role, the first one first.</summary>
    public IReadOnlyList<string> Namen(string rol) => rol switch
    {
        Rol.Consulent => [Consulent],
        Rol.Teamleider => Teamleiders,
        Rol.Beheerder => Beheerders,
        Rol.AdministratiefMedewerker => [AdministratiefMedewerker],
        Rol.Bezwaarbehandelaar => [Bezwaarbehandelaar],
        _ => throw new ArgumentOutOfRangeException(nameof(rol), rol, "Onbekende rol."),
    };
}
