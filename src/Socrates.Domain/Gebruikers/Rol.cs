namespace Socrates.Domain.Gebruikers;

/// <summary>The three roles of Socrates; every user has at least one and belongs to exactly one municipality.</summary>
public static class Rol
{
    public const string Consulent = nameof(Consulent);
    public const string Teamleider = nameof(Teamleider);
    public const string Beheerder = nameof(Beheerder);

    /// <summary>
    /// Not a user's role: the identity of work Socrates does itself (a betaalrun's parts, seeding, a benchmark),
    /// given only to the system identities the application layer lists. Nobody can sign in with it.
    /// </summary>
    public const string Systeem = nameof(Systeem);

    public static IReadOnlyList<string> Alle { get; } = [Consulent, Teamleider, Beheerder];

    public static bool Bestaat(string? rol) => rol is not null && Alle.Contains(rol, StringComparer.Ordinal);

    public static string Omschrijving(string rol) => rol switch
    {
        Consulent => "Consulent",
        Teamleider => "Teamleider",
        Beheerder => "Functioneel beheerder",
        _ => rol,
    };
}
