using System.Collections.Concurrent;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Overzicht.Index;

/// <summary>The Overzicht's figures from the toekenningen: started and ended per day over 12 months, and running today.</summary>
public sealed record Toekenningcijfers(IReadOnlyList<(DateOnly Dag, int Aantal)> Instroom, IReadOnlyList<(DateOnly Dag, int Aantal)> Uitstroom, int Lopend);

/// <summary>
/// Keeps the gemeente-wide <see cref="Toekenningcijfers"/> of a team lead's Overzicht per gemeente for one day's date, so that eight team leads looking at a gemeente of 250,000 toekenningen do not count them all on every request.
/// Kept figures are used while no toekenning of the gemeente was saved in this process since (<see cref="Toekenningwijzigingen"/>)
/// and for at most <see cref="Bewaartijd"/>, which bounds what another instance's saves can leave out.
/// </summary>
public sealed class ToekenningcijfersGeheugen(TimeProvider klok)
{
    public static readonly TimeSpan Bewaartijd = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<GemeenteCode, Bewaard> bewaard = new();

    public async Task<Toekenningcijfers> OpAsync(GemeenteCode gemeente, DateOnly vandaag, Func<Task<Toekenningcijfers>> tellen)
    {
        ArgumentNullException.ThrowIfNull(tellen);
        var stand = Toekenningwijzigingen.Stand(gemeente);          // read before counting: a save meanwhile makes the next request count again
        var nu = klok.GetUtcNow();
        if (bewaard.TryGetValue(gemeente, out var eerder) && eerder.Stand == stand && eerder.Vandaag == vandaag
            && nu - eerder.Moment < Bewaartijd && nu >= eerder.Moment)
        {
            return eerder.Cijfers;
        }

        var cijfers = await tellen();
        bewaard[gemeente] = new Bewaard(stand, vandaag, nu, cijfers);
        return cijfers;
    }

    private sealed record Bewaard(long Stand, DateOnly Vandaag, DateTimeOffset Moment, Toekenningcijfers Cijfers);
}
