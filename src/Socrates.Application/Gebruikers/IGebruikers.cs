using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gebruikers;

/// <summary>
/// The user accounts (ASP.NET Core Identity behind it), the one port for them: the lookups other slices need (names,
/// consulenten) and the Beheerder's maintenance. Every account belongs to exactly one municipality (a Normbeheerder to none)
/// and every method takes the acting one: an account of another municipality, or of none, is not found (<see cref="NietGevondenException"/>). <c>versie</c>
/// is the account's concurrency stamp the form showed; a stale one is a concurrency conflict.
/// </summary>
public interface IGebruikers
{
    Task<bool> EmailInGebruikAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the account; a password the policy refuses is a <c>DomeinregelException</c> with Dutch reasons. The municipality
    /// is null for a Normbeheerder (and only for one).
    /// </summary>
    Task<string> AanmakenAsync(
        GemeenteCode? gemeente, string email, string naam, string rol, string wachtwoord, CancellationToken cancellationToken);

    /// <summary>
    /// The names of these users of the municipality, by id, in one query; ids of another municipality or of nobody
    /// are left out. With no municipality: the users of none (the Normbeheerders).
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> NamenAsync(
        GemeenteCode? gemeente, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Everyone of the municipality who can handle an aanvraag (role Consulent or Teamleider), sorted by name.</summary>
    Task<IReadOnlyList<(string Id, string Naam)>> ConsulentenAsync(GemeenteCode gemeente, CancellationToken cancellationToken);

    /// <summary>Whether this user is a Consulent or Teamleider of the municipality, so an aanvraag can be assigned to him.</summary>
    Task<bool> IsConsulentAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken);

    /// <summary>The users of the municipality with role <paramref name="rol"/>, sorted by name (the bezwaarbehandelaars to choose from).</summary>
    Task<IReadOnlyList<(string Id, string Naam)>> MetRolAsync(GemeenteCode gemeente, string rol, CancellationToken cancellationToken);

    Task<Pagina<GebruikerRegel>> LijstAsync(GemeenteCode gemeente, int pagina, int grootte, CancellationToken cancellationToken);

    /// <summary>Every user of the municipality by name (id and name only), for a filter choice.</summary>
    Task<IReadOnlyList<(string Id, string Naam)>> NamenAsync(GemeenteCode gemeente, CancellationToken cancellationToken);

    Task<GebruikerView?> DetailsAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken);

    /// <summary>A new account without a password; the user sets one through a one-time link. Returns the id.</summary>
    Task<string> ToevoegenAsync(
        GemeenteCode gemeente, string email, string naam, IReadOnlyCollection<string> rollen, CancellationToken cancellationToken);

    /// <summary>Sets exactly these roles; taking away the role Beheerder of the last active Beheerder is refused.</summary>
    Task RollenZettenAsync(
        GemeenteCode gemeente, string id, string versie, IReadOnlyCollection<string> rollen, CancellationToken cancellationToken);

    /// <summary>Blocks (sign-in refused, sessions end) or unblocks; blocking the last active Beheerder is refused.</summary>
    Task BlokkerenAsync(GemeenteCode gemeente, string id, string versie, bool blokkeren, CancellationToken cancellationToken);

    /// <summary>A one-time token to set a new password; it lapses once used, when the account changes, or after a day.</summary>
    Task<string> HerstelTokenAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the password with a token from <see cref="HerstelTokenAsync"/> and returns the account's municipality; an invalid
    /// or used token or a refused password is a <c>DomeinregelException</c> with Dutch reasons. Null for a Normbeheerder.
    /// </summary>
    Task<GemeenteCode?> WachtwoordHerstellenAsync(string id, string token, string wachtwoord, CancellationToken cancellationToken);
}
