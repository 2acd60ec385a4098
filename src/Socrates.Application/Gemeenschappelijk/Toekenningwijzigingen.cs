using System.Collections.Concurrent;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// A counter per gemeente that goes up whenever this process saves a toekenning of that gemeente (added, changed or
/// removed; the save interceptor in Infrastructure raises it). Figures computed from the toekenningen may be kept while
/// the counter stands still. It counts only this process's saves: what keeps such figures must also bound their age.
/// </summary>
public static class Toekenningwijzigingen
{
    private static readonly ConcurrentDictionary<GemeenteCode, long> Tellers = new();

    public static long Stand(GemeenteCode gemeente) => Tellers.GetValueOrDefault(gemeente);

    public static void Verhoog(GemeenteCode gemeente) => Tellers.AddOrUpdate(gemeente, 1, (_, oud) => oud + 1);
}
