using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// Who acts when no person does: each system identity has a name for the histories and an explicit list of roles,
/// checked by the same <see cref="VereistAttribute"/> gate as a user's. There is no "no user, so allowed".
/// </summary>
public sealed record Systeemidentiteit(string Weergavenaam, IReadOnlyList<string> Rollen)
{
    /// <summary>The workers of a betaalrun: write its parts and close it. Starting and approving stay with a teamleider.</summary>
    public static Systeemidentiteit Betaalrun { get; } = new("Socrates (betaalrun)", [Rol.Systeem]);

    /// <summary>The workers of an indexering: start it after a normenset was approved, write its parts and close it.</summary>
    public static Systeemidentiteit Indexering { get; } = new("Socrates (indexering)", [Rol.Systeem]);

    /// <summary>The daily planning of heronderzoeken (docs/heronderzoek.md): creates them when their planning moment comes.</summary>
    public static Systeemidentiteit Heronderzoek { get; } = new("Socrates (heronderzoek)", [Rol.Systeem]);

    /// <summary><c>socrates controle</c>: reconciles the payments of a municipality, read-only.</summary>
    public static Systeemidentiteit Controle { get; } = new("Socrates (controle)", [Rol.Systeem]);

    /// <summary><c>socrates seed</c> and the demo data: writes rows directly, sends no commands of its own.</summary>
    public static Systeemidentiteit Gegevensvulling { get; } = new("Socrates (gegevensvulling)", [Rol.Systeem]);

    /// <summary><c>bench</c>: runs a proefrun as a teamleider would, on a throw-away database.</summary>
    public static Systeemidentiteit Benchmark { get; } = new("Socrates (benchmark)", [Rol.Teamleider, Rol.Systeem]);

    /// <summary><c>socrates gebruiker aanmaken</c>: the first beheerder of a municipality is made on the server.</summary>
    public static Systeemidentiteit Beheer { get; } = new("Socrates (opdrachtregel)", [Rol.Beheerder]);

    /// <summary><c>socrates normen lijst|toon</c>: reads the national figures; proposing and approving need a person.</summary>
    public static Systeemidentiteit Normen { get; } = new("Socrates (normen)", [Rol.Normbeheerder]);
}
