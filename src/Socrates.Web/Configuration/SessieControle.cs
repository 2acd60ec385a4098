using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Web.Configuration;

/// <summary>
/// The sign-in cookie's check on every request: its security stamp must still be the account's
/// (<see cref="Sessiestempels"/>). Blocking, a role change, a new password and signing out renew the stamp, so every
/// open session of that user, and every copy of its cookie, is sent to the sign-in page at its next request. This
/// replaces Identity's <see cref="SecurityStampValidator"/>, which compared the stamp only every few minutes.
/// </summary>
public static class SessieControle
{
    public static async Task ValideerAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var stempelclaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stempel = context.Principal?.FindFirstValue(stempelclaim);
        if (id is not null && stempel is not null && await services.GetRequiredService<Sessiestempels>().IsGeldigAsync(
                id, stempel, services.GetRequiredService<SocratesDbContext>(), context.HttpContext.RequestAborted))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
