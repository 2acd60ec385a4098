using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Demo;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Demo accounts for Development, per member: a consulent, two teamleiders and two beheerders (so four-eyes can be tried
/// at once), <c>consulent@rotterdam.example</c>, <c>teamleider@…</c>, <c>teamleider2@…</c> and so on, all with the
/// password of <c>Demo:Wachtwoord</c>; their names come from <see cref="Demoleden"/>. And two Normbeheerders of the
/// cooperative, of no gemeente (<see cref="Normbeheerders"/>). Production never calls this.
/// </summary>
public static class DemoGebruikers
{
    /// <summary>The cooperative's two demo Normbeheerders (the second approves what the first proposes), as (address, name).</summary>
    public static IReadOnlyList<(string Email, string Naam)> Normbeheerders { get; } =
    [
        ("normbeheerder@cooperatie.example", "Noor Beheer"),
        ("normbeheerder2@cooperatie.example", "Bram Normen"),
    ];

    /// <summary>The first demo user of this role: <c>teamleider@amsterdam.example</c>.</summary>
    public static string Email(Lid lid, string rol) => Email(lid, rol, 1);

    /// <summary>The <paramref name="nummer"/>th demo user of this role: <c>teamleider2@amsterdam.example</c> for the second.</summary>
    public static string Email(Lid lid, string rol, int nummer)
    {
        ArgumentNullException.ThrowIfNull(lid);
        ArgumentNullException.ThrowIfNull(rol);
        ArgumentOutOfRangeException.ThrowIfLessThan(nummer, 1);
        return $"{rol.ToLowerInvariant()}{(nummer == 1 ? "" : nummer.ToString(System.Globalization.CultureInfo.InvariantCulture))}@{lid.Kortenaam}.example";
    }

    /// <summary>Every demo user of this role in this member, as (address, name), the first one first.</summary>
    public static IEnumerable<(string Email, string Naam)> Van(Lid lid, string rol) =>
        Demoleden.Van(lid).Namen(rol).Select((naam, i) => (Email(lid, rol, i + 1), naam));

    /// <summary>Creates the accounts that do not exist yet; returns how many were created.</summary>
    public static async Task<int> AanmakenAsync(IServiceProvider services, string wachtwoord)
    {
        await using var scope = services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var aangemaakt = 0;
        foreach (var lid in Leden.Alle)
        {
            foreach (var (rol, email, naam) in Rol.Alle.SelectMany(r => Van(lid, r).Select(g => (r, g.Email, g.Naam))))
            {
                aangemaakt += await AanmakenAsync(userManager, email, naam, lid.Code, rol, wachtwoord);
            }
        }

        foreach (var (email, naam) in Normbeheerders)
        {
            aangemaakt += await AanmakenAsync(userManager, email, naam, null, Rol.Normbeheerder, wachtwoord);
        }

        return aangemaakt;
    }

    private static async Task<int> AanmakenAsync(
        UserManager<Gebruiker> userManager, string email, string naam, GemeenteCode? gemeente, string rol, string wachtwoord)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return 0;
        }

        var gebruiker = Gebruiker.Nieuw(email, naam, gemeente, [rol]);
        Verwacht(await userManager.CreateAsync(gebruiker, wachtwoord), email);
        Verwacht(await userManager.AddToRoleAsync(gebruiker, rol), email);
        return 1;
    }

    private static void Verwacht(IdentityResult resultaat, string email)
    {
        if (!resultaat.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demogebruiker {email} kon niet worden aangemaakt: {string.Join(" ", resultaat.Errors.Select(e => e.Description))}");
        }
    }
}
