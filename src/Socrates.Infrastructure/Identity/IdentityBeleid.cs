using Microsoft.AspNetCore.Identity;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Account policy: a long password over forced symbols (NIST SP 800-63B), lockout after five failed attempts for
/// fifteen minutes, one account per e-mail address.
/// </summary>
public static class IdentityBeleid
{
    public const int MaximaalMisluktePogingen = 5;
    public static readonly TimeSpan Blokkeerduur = TimeSpan.FromMinutes(15);

    public static void Configureer(IdentityOptions opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        opties.Password.RequiredLength = 12;
        opties.Password.RequiredUniqueChars = 5;
        opties.Password.RequireDigit = true;
        opties.Password.RequireLowercase = true;
        opties.Password.RequireUppercase = true;
        opties.Password.RequireNonAlphanumeric = false;

        opties.Lockout.MaxFailedAccessAttempts = MaximaalMisluktePogingen;
        opties.Lockout.DefaultLockoutTimeSpan = Blokkeerduur;
        opties.Lockout.AllowedForNewUsers = true;

        opties.User.RequireUniqueEmail = true;
        opties.SignIn.RequireConfirmedAccount = false;

        opties.ClaimsIdentity.UserNameClaimType = System.Security.Claims.ClaimTypes.Name;
    }
}
