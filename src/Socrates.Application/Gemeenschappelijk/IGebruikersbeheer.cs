using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>User accounts (ASP.NET Core Identity behind it). Every account belongs to exactly one municipality.</summary>
public interface IGebruikersbeheer
{
    Task<bool> EmailInGebruikAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates the account; a password the policy refuses is a <c>DomeinregelException</c> with Dutch reasons.</summary>
    Task<string> AanmakenAsync(
        GemeenteCode gemeente, string email, string naam, string rol, string wachtwoord, CancellationToken cancellationToken);

    /// <summary>
    /// The names of these users of the municipality, by id, in one query; ids of another municipality or of nobody
    /// are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> NamenAsync(
        GemeenteCode gemeente, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Everyone of the municipality who can handle an aanvraag (role Consulent or Teamleider), sorted by name.</summary>
    Task<IReadOnlyList<(string Id, string Naam)>> ConsulentenAsync(GemeenteCode gemeente, CancellationToken cancellationToken);

    /// <summary>Whether this user is a Consulent or Teamleider of the municipality, so an aanvraag can be assigned to him.</summary>
    Task<bool> IsConsulentAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken);
}
