using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Demo;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Demo accounts for Development: one per member × role, <c>consulent@rotterdam.example</c> and so on, all with the
/// password of <c>Demo:Wachtwoord</c>; their names come from <see cref="Demoleden"/>. Production never calls this.
/// </summary>
public static class DemoGebruikers
{
    public static string Email(Lid lid, string rol)
    {
        ArgumentNullException.ThrowIfNull(lid);
        ArgumentNullException.ThrowIfNull(rol);
        return $"{rol.ToLowerInvariant()}@{lid.Kortenaam}.example";
    }

    /// <summary>Creates the accounts that do not exist yet; returns how many were created.</summary>
    public static async Task<int> AanmakenAsync(IServiceProvider services, string wachtwoord)
    {
        await using var scope = services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var aangemaakt = 0;
        foreach (var lid in Leden.Alle)
        {
            foreach (var rol in Rol.Alle)
            {
                var email = Email(lid, rol);
                if (await userManager.FindByEmailAsync(email) is not null)
                {
                    continue;
                }

                var gebruiker = new Gebruiker
                {
                    UserName = email, Email = email, EmailConfirmed = true, Gemeente = lid.Code, Naam = Demoleden.Van(lid).Naam(rol),
                };
                Verwacht(await userManager.CreateAsync(gebruiker, wachtwoord), email);
                Verwacht(await userManager.AddToRoleAsync(gebruiker, rol), email);
                aangemaakt++;
            }
        }

        return aangemaakt;
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
