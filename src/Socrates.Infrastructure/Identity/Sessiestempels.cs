using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Identity;

/// <summary>
/// Whether a sign-in cookie's security stamp is still the account's: checked on every request, so blocking, a role
/// change, a new password or signing out (which renews the stamp) ends every open session of that user at its next
/// request (ASVS 3.3). The stamp is read with one indexed lookup (<c>AspNetUsers</c> by primary key) and kept here per
/// user for <see cref="Bewaartijd"/>; a change made through this instance's <see cref="SocratesUserManager"/> forgets the
/// entry at once. Another web instance on the same database reads the new stamp once its entry is older than
/// <see cref="Bewaartijd"/> (setting <c>Beveiliging:StempelcacheSeconden</c>, default 2; 0 reads on every request).
/// </summary>
public sealed class Sessiestempels(TimeProvider klok, TimeSpan bewaartijd)
{
    public const string Instelling = "Beveiliging:StempelcacheSeconden";
    public const double StandaardSeconden = 2;

    private static readonly Func<SocratesDbContext, string, CancellationToken, Task<string?>> StempelVan =
        EF.CompileAsyncQuery((SocratesDbContext db, string id, CancellationToken _) =>
            db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault());

    private readonly ConcurrentDictionary<string, Inschrijving> _stempels = new(StringComparer.Ordinal);

    public TimeSpan Bewaartijd => bewaartijd;

    /// <summary>True when <paramref name="stempel"/> (from the cookie) is the account's stamp; false for a changed stamp or a removed account.</summary>
    public async Task<bool> IsGeldigAsync(string gebruikerId, string stempel, SocratesDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nu = klok.GetTimestamp();
        _stempels.TryGetValue(gebruikerId, out var bekend);
        if (bekend is { Vergeten: false } && nu < bekend.Tot)
        {
            return string.Equals(bekend.Stempel, stempel, StringComparison.Ordinal);
        }

        var actueel = await StempelVan(db, gebruikerId, cancellationToken);
        // Just after a change the new stamp may not be committed yet: keep nothing then, so the next request reads again.
        var netGewijzigd = bekend is { Vergeten: true } && klok.GetElapsedTime(bekend.Tot) < bewaartijd;
        if (bewaartijd > TimeSpan.Zero && actueel is not null && !netGewijzigd)
        {
            _stempels[gebruikerId] = new Inschrijving(actueel, nu + (long)(bewaartijd.TotalSeconds * klok.TimestampFrequency), Vergeten: false);
        }

        return actueel is not null && string.Equals(actueel, stempel, StringComparison.Ordinal);
    }

    /// <summary>The account changed (stamp, roles, lock-out): its next request reads the stamp from the database.</summary>
    public void Vergeet(string gebruikerId) => _stempels[gebruikerId] = new Inschrijving(null, klok.GetTimestamp(), Vergeten: true);

    /// <summary>A stamp read at some moment and valid until <see cref="Tot"/>, or the moment the account changed.</summary>
    private sealed record Inschrijving(string? Stempel, long Tot, bool Vergeten);
}
