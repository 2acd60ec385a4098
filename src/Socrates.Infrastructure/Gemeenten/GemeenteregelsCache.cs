using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Gemeenten;

/// <summary>
/// The versions of each municipality's rules, kept per process. Rows are only inserted or withdrawn, so the highest id
/// and the number withdrawn (<see cref="Regelstand"/>) tell whether the cached list is still right; every read checks them
/// against the database, which keeps a second web instance right after another instance saved or withdrew a version.
/// </summary>
internal sealed class GemeenteregelsCache
{
    private readonly ConcurrentDictionary<GemeenteCode, (Regelstand Stand, Regelversies Versies)> _versies = new();

    public bool Probeer(GemeenteCode gemeente, Regelstand stand, [NotNullWhen(true)] out Regelversies? versies)
    {
        if (_versies.TryGetValue(gemeente, out var bekend) && bekend.Stand == stand)
        {
            versies = bekend.Versies;
            return true;
        }

        versies = null;
        return false;
    }

    public void Zet(GemeenteCode gemeente, Regelstand stand, Regelversies versies) =>
        _versies[gemeente] = (stand, versies);
}
