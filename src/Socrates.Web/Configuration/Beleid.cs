using Microsoft.AspNetCore.Authorization;
using Socrates.Domain.Gebruikers;
using Socrates.Infrastructure.Identity;

namespace Socrates.Web.Configuration;

/// <summary>
/// Authorization policies. Every page demands a signed-in user of a member municipality unless it says otherwise; the
/// cooperative's Normbeheerder has no municipality claim, so he reaches only the pages of <see cref="Normbeheerder"/> and
/// <see cref="Aangemeld"/>.
/// </summary>
public static class Beleid
{
    /// <summary>The national figures: the role Normbeheerder, who belongs to no municipality (no municipality claim asked).</summary>
    public const string Normbeheerder = Rol.Normbeheerder;

    /// <summary>Anyone signed in, with or without a municipality: the start page (which sends a Normbeheerder on), signing out, "geen toegang".</summary>
    public const string Aangemeld = nameof(Aangemeld);

    public const string Consulent = Rol.Consulent;
    public const string Teamleider = Rol.Teamleider;
    public const string Beheerder = Rol.Beheerder;

    /// <summary>The people who work on dossiers: consulent or teamleider (not the beheerder: separation of duties).</summary>
    public const string Dossiers = nameof(Dossiers);

    /// <summary>The werkvoorraad: those who work on dossiers, and the bezwaarbehandelaar for his open bezwaren (docs/bezwaar.md).</summary>
    public const string Werkvoorraad = nameof(Werkvoorraad);

    /// <summary>Those who enter inkomstenopgaven: the consulent and the administratief medewerker.</summary>
    public const string Opgaveinvoer = nameof(Opgaveinvoer);

    public const string Bezwaarbehandelaar = Rol.Bezwaarbehandelaar;

    /// <summary>The bezwaren: the bezwaarbehandelaar and the teamleider.</summary>
    public const string Bezwaren = nameof(Bezwaren);

    /// <summary>Registering a bezwaar: the consulent, the teamleider and the bezwaarbehandelaar.</summary>
    public const string BezwaarRegistratie = nameof(BezwaarRegistratie);

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
        opties.AddPolicy(Werkvoorraad, p => p.Combine(ingelogd).RequireRole(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar));
        opties.AddPolicy(Opgaveinvoer, p => p.Combine(ingelogd).RequireRole(Rol.Consulent, Rol.AdministratiefMedewerker));
        opties.AddPolicy(Bezwaren, p => p.Combine(ingelogd).RequireRole(Rol.Bezwaarbehandelaar, Rol.Teamleider));
        opties.AddPolicy(BezwaarRegistratie, p => p.Combine(ingelogd).RequireRole(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar));
        opties.AddPolicy(Aangemeld, p => p.RequireAuthenticatedUser());
        opties.AddPolicy(Normbeheerder, p => p.RequireAuthenticatedUser().RequireRole(Rol.Normbeheerder));
    }
}
