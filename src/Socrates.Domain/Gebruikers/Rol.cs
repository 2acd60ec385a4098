namespace Socrates.Domain.Gebruikers;

/// <summary>The roles of a gemeente's users; every user has at least one and belongs to exactly one municipality.</summary>
public static class Rol
{
    public const string Consulent = nameof(Consulent);
    public const string Teamleider = nameof(Teamleider);
    public const string Beheerder = nameof(Beheerder);

    /// <summary>
    /// Enters the monthly inkomstenopgaven (loonstroken) of many clients: the quick entry and the CSV import, nothing else;
    /// opens no dossier (issue #13, docs/inkomsten.md).
    /// </summary>
    public const string AdministratiefMedewerker = nameof(AdministratiefMedewerker);

    /// <summary>
    /// Handles bezwaren (Awb hoofdstuk 7) of the gemeente: a bezwaar is never handled by whoever prepared or took the contested
    /// besluit (Awb 7:5 lid 1); opens the bezwaren, not the dossiers (docs/bezwaar.md).
    /// </summary>
    public const string Bezwaarbehandelaar = nameof(Bezwaarbehandelaar);

    /// <summary>
    /// Functioneel beheer of the cooperative: maintains the national figures (Normensets). Meant for a user of no gemeente
    /// who sees no dossier or person; not yet in <see cref="Alle"/> (sign-in without a gemeente is still to be wired).
    /// </summary>
    public const string Normbeheerder = nameof(Normbeheerder);

    /// <summary>
    /// Not a user's role: the identity of work Socrates does itself (a betaalrun's parts, seeding, a benchmark),
    /// given only to the system identities the application layer lists. Nobody can sign in with it.
    /// </summary>
    public const string Systeem = nameof(Systeem);

    public static IReadOnlyList<string> Alle { get; } = [Consulent, Teamleider, Beheerder, AdministratiefMedewerker, Bezwaarbehandelaar];

    /// <summary>The roles of the cooperative, held by users of no gemeente; never assignable by a gemeente's Beheerder.</summary>
    public static IReadOnlyList<string> Cooperatie { get; } = [Normbeheerder];

    public static bool Bestaat(string? rol) => rol is not null && Alle.Contains(rol, StringComparer.Ordinal);

    public static string Omschrijving(string rol) => rol switch
    {
        Consulent => "Consulent",
        Teamleider => "Teamleider",
        Beheerder => "Functioneel beheerder",
        AdministratiefMedewerker => "Administratief medewerker",
        Bezwaarbehandelaar => "Bezwaarbehandelaar",
        Normbeheerder => "Normbeheerder (coöperatie)",
        _ => rol,
    };
}
