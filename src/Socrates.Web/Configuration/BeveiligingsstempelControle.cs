using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Socrates.Web.Configuration;

/// <summary>
/// The sign-in cookie's security stamp check (a blocked user or a new password signs out every session), with the same
/// rule as Identity's <see cref="SecurityStampValidator"/>: the stamp is compared with the database once the cookie was
/// issued longer than <see cref="SecurityStampValidatorOptions.ValidationInterval"/> ago. Identity's own hook resolves the
/// validator (and with it a SignInManager, a UserManager and a DbContext) on every request only to find that the interval
/// has not passed; this checks the time first and hands over to Identity only when there is something to check.
/// </summary>
public static class BeveiligingsstempelControle
{
    public static Task ValideerAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opties = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var nu = (opties.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } uitgegeven && nu - uitgegeven <= opties.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
