using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Puts the user's municipality and name in the cookie, so no request needs a database read to know them. A Normbeheerder
/// has no municipality and gets no municipality claim, so every page that asks one refuses him.
/// </summary>
internal sealed class GebruikerClaimsFactory(
    UserManager<Gebruiker> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Gebruiker, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Gebruiker user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.Gemeente is { } gemeente)
        {
            identity.AddClaim(new Claim(SocratesClaims.Gemeente, gemeente.Waarde));
        }

        identity.AddClaim(new Claim(SocratesClaims.Naam, user.Naam));
        return identity;
    }
}
