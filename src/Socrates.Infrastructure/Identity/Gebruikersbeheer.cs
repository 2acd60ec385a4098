using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Identity;

internal sealed class Gebruikersbeheer(UserManager<Gebruiker> userManager, SocratesDbContext db) : IGebruikersbeheer
{
    /// <summary>The roles that handle aanvragen, as Identity stores them (normalized).</summary>
    private static readonly string[] Behandelrollen = [Rol.Consulent.ToUpperInvariant(), Rol.Teamleider.ToUpperInvariant()];

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

    public async Task<IReadOnlyDictionary<string, string>> NamenAsync(
        GemeenteCode gemeente, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var gezocht = ids.Distinct(StringComparer.Ordinal).ToList();
        return await db.Users.AsNoTracking()
            .Where(u => u.Gemeente == gemeente && gezocht.Contains(u.Id))
            .Select(u => new { u.Id, u.Naam })
            .ToDictionaryAsync(u => u.Id, u => u.Naam, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<IReadOnlyList<(string Id, string Naam)>> ConsulentenAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        var rijen = await Behandelaars(gemeente)
            .OrderBy(u => u.Naam).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.Naam })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => (r.Id, r.Naam)).ToList();
    }

    public Task<bool> IsConsulentAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken) =>
        Behandelaars(gemeente).AnyAsync(u => u.Id == id, cancellationToken);

    private IQueryable<Gebruiker> Behandelaars(GemeenteCode gemeente) =>
        db.Users.AsNoTracking().Where(u => u.Gemeente == gemeente && db.UserRoles.Any(ur =>
            ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && Behandelrollen.Contains(r.NormalizedName))));

    private static void Slaagt(IdentityResult resultaat)
    {
        if (!resultaat.Succeeded)
        {
            throw new DomeinregelException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
        }
    }
}
