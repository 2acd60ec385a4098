using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>User accounts (ASP.NET Core Identity behind it). Every account belongs to exactly one municipality.</summary>
public interface IGebruikersbeheer
{
    Task<bool> EmailInGebruikAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates the account; a password the policy refuses is a <c>DomeinregelException</c> with Dutch reasons.</summary>
    Task<string> AanmakenAsync(
        GemeenteCode gemeente, string email, string naam, string rol, string wachtwoord, CancellationToken cancellationToken);
}
