using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Identity's <see cref="UserManager{TUser}"/>, which tells <see cref="Sessiestempels"/> about every change of an
/// account it saves (a new stamp, roles, a password, a lock-out), so this instance checks the stamp again at once.
/// </summary>
public sealed class SocratesUserManager(
    IUserStore<Gebruiker> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<Gebruiker> passwordHasher,
    IEnumerable<IUserValidator<Gebruiker>> userValidators, IEnumerable<IPasswordValidator<Gebruiker>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<Gebruiker>> logger,
    Sessiestempels stempels)
    : UserManager<Gebruiker>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(Gebruiker user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var resultaat = await base.UpdateUserAsync(user);
        stempels.Vergeet(user.Id);
        return resultaat;
    }
}
