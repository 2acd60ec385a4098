using Microsoft.AspNetCore.Authorization;
using Socrates.Domain.Gebruikers;
using Socrates.Infrastructure.Identity;

namespace Socrates.Web.Configuration;

/// <summary>Authorization policies. Every page demands a signed-in user of a member municipality unless it says otherwise.</summary>
public static class Beleid
{
    public const string Consulent = Rol.Consulent;
    public const string Teamleider = Rol.Teamleider;
    public const string Beheerder = Rol.Beheerder;

    /// <summary>The people who work on dossiers: consulent or teamleider (not the beheerder: separation of duties).</summary>
    public const string Dossiers = nameof(Dossiers);

    public static void Configureer(AuthorizationOptions opties)
    {
        ArgumentNullException.ThrowIfNull(opties);
        var ingelogd = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(SocratesClaims.Gemeente).Build();
        opties.FallbackPolicy = ingelogd;
        opties.DefaultPolicy = ingelogd;
        foreach (var rol in Rol.Alle)
        {
            opties.AddPolicy(rol, p => p.Combine(ingelogd).RequireRole(rol));
        }

        opties.AddPolicy(Dossiers, p => p.Combine(ingelogd).RequireRole(Rol.Consulent, Rol.Teamleider));
    }
}
