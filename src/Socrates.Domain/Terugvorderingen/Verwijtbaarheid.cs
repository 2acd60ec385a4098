namespace Socrates.Domain.Terugvorderingen;

/// <summary>The degree of blame for a bestuurlijke boete (art. 18a Participatiewet, Boetebesluit art. 2a).</summary>
public enum Verwijtbaarheid
{
    Opzet,
    GroveSchuld,
    Normaal,
    Verminderd,
}
