using Microsoft.AspNetCore.Identity;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Identity;

internal sealed class Gebruikersbeheer(UserManager<Gebruiker> userManager) : IGebruikersbeheer
{
    public async Task<bool> EmailInGebruikAsync(string email, CancellationToken cancellationToken) =>
        await userManager.FindByEmailAsync(email) is not null;

    public async Task<string> AanmakenAsync(
        GemeenteCode gemeente, string email, string naam, string rol, string wachtwoord, CancellationToken cancellationToken)
    {
        var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Gemeente = gemeente, Naam = naam };
        Slaagt(await userManager.CreateAsync(gebruiker, wachtwoord));
        Slaagt(await userManager.AddToRoleAsync(gebruiker, rol));
        return gebruiker.Id;
    }

    private static void Slaagt(IdentityResult resultaat)
    {
        if (!resultaat.Succeeded)
        {
            throw new DomeinregelException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}
