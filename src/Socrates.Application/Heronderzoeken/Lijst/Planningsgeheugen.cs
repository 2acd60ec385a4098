using System.Collections.Concurrent;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Heronderzoeken.Lijst;

/// <summary>
/// Remembers per gemeente the day this process last planned its heronderzoeken, so the planning list plans at its first read
/// of a day and not on every request. Another instance keeps its own; planning twice is harmless (a unique key).
/// </summary>
public sealed class Planningsgeheugen
{
    private readonly ConcurrentDictionary<GemeenteCode, DateOnly> gepland = new();

    public bool IsGepland(GemeenteCode gemeente, DateOnly vandaag) => gepland.TryGetValue(gemeente, out var dag) && dag == vandaag;

    public void Gepland(GemeenteCode gemeente, DateOnly vandaag) => gepland[gemeente] = vandaag;
}
