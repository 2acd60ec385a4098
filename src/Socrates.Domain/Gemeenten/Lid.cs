namespace Socrates.Domain.Gemeenten;

/// <summary>
/// A member of the cooperative: its CBS code, its name, the word used in demo e-mail addresses and the letterhead
/// its first configuration version is seeded with.
/// </summary>
public sealed record Lid(GemeenteCode Code, string Naam, string Kortenaam, Briefhoofd Briefhoofd)
{
    /// <summary>The name of this member's own configuration table.</summary>
    public string InstellingenTabel => GemeenteInstellingen.TabelVoor(Code);
}
