using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Gemeenten;

/// <summary>
/// The versions of each municipality's rules, kept per process. Rows are only ever inserted, so the highest id tells
/// whether the cached list is still complete; every read checks it against the database, which keeps a second web
/// instance right after another instance saved a version.
/// </summary>
internal sealed class GemeenteregelsCache
{
    private readonly ConcurrentDictionary<GemeenteCode, (int HoogsteId, Regelversies Versies)> _versies = new();

    public bool Probeer(GemeenteCode gemeente, int hoogsteId, [NotNullWhen(true)] out Regelversies? versies)
    {
        if (_versies.TryGetValue(gemeente, out var bekend) && bekend.HoogsteId == hoogsteId)
        {
            versies = bekend.Versies;
            return true;
        }

        versies = null;
        return false;
    }

    public void Zet(GemeenteCode gemeente, int hoogsteId, Regelversies versies) =>
        _versies[gemeente] = (hoogsteId, versies);
}
