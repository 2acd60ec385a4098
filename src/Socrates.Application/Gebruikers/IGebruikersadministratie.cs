using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gebruikers;

/// <summary>
/// The Beheerder's maintenance of the accounts of one municipality (ASP.NET Core Identity behind it). Every method takes
/// the acting municipality: an account of another municipality is not found (<see cref="NietGevondenException"/>).
/// <c>versie</c> is the account's concurrency stamp the form showed; a stale one is a concurrency conflict.
/// </summary>
public interface IGebruikersadministratie
{
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
    /// or used token or a refused password is a <c>DomeinregelException</c> with Dutch reasons.
    /// </summary>
    Task<GemeenteCode> WachtwoordHerstellenAsync(string id, string token, string wachtwoord, CancellationToken cancellationToken);
}
