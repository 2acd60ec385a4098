namespace Socrates.Application.Beheer.Vernietiging;

/// <summary>Asks every registered <see cref="IVernietigingsblokkade"/> and gathers the reasons per dossier.</summary>
public sealed class Vernietigingsblokkaden(IEnumerable<IVernietigingsblokkade> blokkades)
{
    public async Task<ILookup<int, string>> VoorAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var alle = new List<Blokkade>();
        if (dossiers.Count > 0)
        {
            foreach (var blokkade in blokkades)
            {
                alle.AddRange(await blokkade.BlokkadesAsync(dossiers, vandaag, cancellationToken));
            }
        }

        return alle.ToLookup(b => b.Dossier, b => b.Reden);
    }
}
