using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Beheer.ApiKoppelingen;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Identity's accounts behind the one port <see cref="IGebruikers"/>, always limited to one municipality: users are not
/// under the query filter, so every query here names the municipality itself.
/// </summary>
internal sealed class Gebruikersregister(UserManager<Gebruiker> userManager, SocratesDbContext db, TimeProvider klok) : IGebruikers
{
    /// <summary>The roles that handle aanvragen, as Identity stores them (normalized).</summary>
    private static readonly string[] Behandelrollen = [Rol.Consulent.ToUpperInvariant(), Rol.Teamleider.ToUpperInvariant()];

    private const string OngeldigeLink =
        "Deze link is niet (meer) geldig: hij is al gebruikt, verlopen of vervangen. Vraag uw beheerder om een nieuwe link.";

    public async Task<Pagina<GebruikerRegel>> LijstAsync(GemeenteCode gemeente, int pagina, int grootte, CancellationToken cancellationToken)
    {
        var gebruikers = db.Users.AsNoTracking().Where(u => u.Gemeente == gemeente);
        var totaal = await gebruikers.CountAsync(cancellationToken);
        var rijen = await gebruikers.OrderBy(u => u.Naam).ThenBy(u => u.Email)
            .Skip((pagina - 1) * grootte).Take(grootte)
            .Select(u => new { u.Id, u.Naam, u.Email, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var rollen = await RollenVanAsync(rijen.Select(r => r.Id).ToList(), cancellationToken);
        var items = rijen.Select(r => new GebruikerRegel(
            r.Id, r.Naam, r.Email ?? "", rollen.GetValueOrDefault(r.Id, []), IsGeblokkeerd(r.LockoutEnd))).ToList();
        return new Pagina<GebruikerRegel>(items, pagina, grootte, totaal);
    }

    public async Task<IReadOnlyList<(string Id, string Naam)>> NamenAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        var rijen = await db.Users.AsNoTracking().Where(u => u.Gemeente == gemeente).OrderBy(u => u.Naam).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.Naam }).ToListAsync(cancellationToken);
        return [.. rijen.Select(r => (r.Id, r.Naam))];
    }

    public async Task<GebruikerView?> DetailsAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken)
    {
        var gebruiker = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.Gemeente == gemeente, cancellationToken);
        if (gebruiker is null)
        {
            return null;
        }

        var rollen = await RollenVanAsync([id], cancellationToken);
        return new GebruikerView(
            gebruiker.Id, gebruiker.Naam, gebruiker.Email ?? "", rollen.GetValueOrDefault(id, []), IsGeblokkeerd(gebruiker.LockoutEnd),
            gebruiker.PasswordHash is not null, gebruiker.ConcurrencyStamp ?? "");
    }

    public async Task<string> ToevoegenAsync(
        GemeenteCode gemeente, string email, string naam, IReadOnlyCollection<string> rollen, CancellationToken cancellationToken)
    {
        var gebruiker = Gebruiker.Nieuw(email, naam, gemeente, rollen);
        Slaagt(await userManager.CreateAsync(gebruiker));
        Slaagt(await userManager.AddToRolesAsync(gebruiker, rollen));
        return gebruiker.Id;
    }

    public async Task RollenZettenAsync(
        GemeenteCode gemeente, string id, string versie, IReadOnlyCollection<string> rollen, CancellationToken cancellationToken)
    {
        var gebruiker = await LaadVoorWijzigingAsync(gemeente, id, versie, cancellationToken);
        var huidig = await userManager.GetRolesAsync(gebruiker);
        var weg = huidig.Except(rollen, StringComparer.Ordinal).ToList();
        var erbij = rollen.Except(huidig, StringComparer.Ordinal).ToList();
        if (weg.Contains(Rol.Beheerder, StringComparer.Ordinal))
        {
            await VereisAndereBeheerderAsync(gemeente, id, "U kunt de rol beheerder niet afnemen van de laatste beheerder van de gemeente.", cancellationToken);
        }

        Slaagt(await userManager.UpdateAsync(gebruiker));
        if (weg.Count > 0)
        {
            Slaagt(await userManager.RemoveFromRolesAsync(gebruiker, weg));
        }

        if (erbij.Count > 0)
        {
            Slaagt(await userManager.AddToRolesAsync(gebruiker, erbij));
        }

        Slaagt(await userManager.UpdateSecurityStampAsync(gebruiker));
    }

    public async Task BlokkerenAsync(GemeenteCode gemeente, string id, string versie, bool blokkeren, CancellationToken cancellationToken)
    {
        var gebruiker = await LaadVoorWijzigingAsync(gemeente, id, versie, cancellationToken);
        if (blokkeren)
        {
            await VereisAndereBeheerderAsync(gemeente, id, "U kunt de laatste beheerder van de gemeente niet blokkeren.", cancellationToken);
        }

        gebruiker.LockoutEnabled = true;
        gebruiker.LockoutEnd = blokkeren ? DateTimeOffset.MaxValue : null;
        gebruiker.AccessFailedCount = 0;
        gebruiker.SecurityStamp = Guid.NewGuid().ToString("N");
        Slaagt(await userManager.UpdateAsync(gebruiker));
    }

    public async Task<string> HerstelTokenAsync(GemeenteCode gemeente, string id, CancellationToken cancellationToken)
    {
        var gebruiker = await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.Gemeente == gemeente, cancellationToken)
            ?? throw new NietGevondenException();
        return await userManager.GeneratePasswordResetTokenAsync(gebruiker);
    }

    public async Task<GemeenteCode?> WachtwoordHerstellenAsync(string id, string token, string wachtwoord, CancellationToken cancellationToken)
    {
        var gebruiker = await userManager.FindByIdAsync(id)
            ?? throw new DomeinregelException(OngeldigeLink);
        var resultaat = await userManager.ResetPasswordAsync(gebruiker, token, wachtwoord);
        if (!resultaat.Succeeded && resultaat.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw new DomeinregelException(OngeldigeLink);
        }

        Slaagt(resultaat);
        return gebruiker.Gemeente;
    }

    /// <summary>The account, tracked, with the concurrency stamp the form showed as its original value.</summary>
    private async Task<Gebruiker> LaadVoorWijzigingAsync(GemeenteCode gemeente, string id, string versie, CancellationToken cancellationToken)
    {
        var gebruiker = await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.Gemeente == gemeente, cancellationToken)
            ?? throw new NietGevondenException();
        if (!string.Equals(gebruiker.ConcurrencyStamp, versie, StringComparison.Ordinal))
        {
            throw new DbUpdateConcurrencyException("Het account is intussen door iemand anders gewijzigd.");
        }

        db.Entry(gebruiker).Property(u => u.ConcurrencyStamp).OriginalValue = versie;
        return gebruiker;
    }

    /// <summary>Refuses when no other unblocked Beheerder of the municipality would remain.</summary>
    private async Task VereisAndereBeheerderAsync(GemeenteCode gemeente, string id, string melding, CancellationToken cancellationToken)
    {
        var beheerders = await db.Users.AsNoTracking()
            .Where(u => u.Gemeente == gemeente && u.Id != id && db.UserRoles.Any(ur =>
                ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Rol.Beheerder)))
            .Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
        if (!beheerders.Any(einde => !IsGeblokkeerd(einde)))
        {
            throw new DomeinregelException(melding);
        }
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> RollenVanAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var paren = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return paren.GroupBy(p => p.UserId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)[.. Rol.Alle.Where(rol => g.Any(p => p.Name == rol))],
            StringComparer.Ordinal);
    }

    private bool IsGeblokkeerd(DateTimeOffset? einde) => einde is { } e && e > klok.GetUtcNow();

    public async Task<bool> EmailInGebruikAsync(string email, CancellationToken cancellationToken) =>
        await userManager.FindByEmailAsync(email) is not null;

    public async Task<string> AanmakenAsync(
        GemeenteCode? gemeente, string email, string naam, string rol, string wachtwoord, CancellationToken cancellationToken)
    {
        var gebruiker = Gebruiker.Nieuw(email, naam, gemeente, [rol]);
        Slaagt(await userManager.CreateAsync(gebruiker, wachtwoord));
        Slaagt(await userManager.AddToRoleAsync(gebruiker, rol));
        return gebruiker.Id;
    }

    public async Task<IReadOnlyDictionary<string, string>> NamenAsync(
        GemeenteCode? gemeente, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var gezocht = ids.Distinct(StringComparer.Ordinal).ToList();
        var namen = await db.Users.AsNoTracking()
            .Where(u => u.Gemeente == gemeente && gezocht.Contains(u.Id))
            .Select(u => new { u.Id, u.Naam })
            .ToDictionaryAsync(u => u.Id, u => u.Naam, StringComparer.Ordinal, cancellationToken);
        var koppelingen = gezocht.Select(ApiKoppelingIdentiteit.KoppelingId).OfType<int>().ToList();
        if (koppelingen.Count > 0)
        {
            var rijen = await db.ApiKoppelingen.IgnoreQueryFilters().AsNoTracking().Where(k => k.Gemeente == gemeente && koppelingen.Contains(k.Id))
                .Select(k => new { k.Id, k.Naam }).ToListAsync(cancellationToken);
            foreach (var k in rijen)
            {
                namen[ApiKoppelingIdentiteit.GebruikerId(k.Id)] = $"API-koppeling {k.Naam}";
            }
        }

        return namen;
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

    public async Task<IReadOnlyList<(string Id, string Naam)>> MetRolAsync(GemeenteCode gemeente, string rol, CancellationToken cancellationToken)
    {
        var genormaliseerd = rol.ToUpperInvariant();
        var rijen = await db.Users.AsNoTracking()
            .Where(u => u.Gemeente == gemeente && db.UserRoles.Any(ur =>
                ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == genormaliseerd)))
            .OrderBy(u => u.Naam).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.Naam })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => (r.Id, r.Naam)).ToList();
    }

    private IQueryable<Gebruiker> Behandelaars(GemeenteCode gemeente) =>
        db.Users.AsNoTracking().Where(u => u.Gemeente == gemeente && db.UserRoles.Any(ur =>
            ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && Behandelrollen.Contains(r.NormalizedName))));

    private static void Slaagt(IdentityResult resultaat)
    {
        if (resultaat.Succeeded)
        {
            return;
        }

        if (resultaat.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new DbUpdateConcurrencyException("Het account is intussen door iemand anders gewijzigd.");
        }

        throw new DomeinregelException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
    }
}
