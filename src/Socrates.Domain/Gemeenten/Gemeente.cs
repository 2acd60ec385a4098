using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Gemeenten;

/// <summary>
/// A member municipality of the cooperative. Its <see cref="Versie"/> rises with every new version of its local
/// rules, so two administrators who change the rules at the same time cannot both win.
/// </summary>
public sealed class Gemeente : IVersieBeheerd
{
    private Gemeente()
    {
    }

    public Gemeente(GemeenteCode code, string naam)
    {
        Code = code;
        Naam = naam;
    }

    public GemeenteCode Code { get; private set; } = null!;

    public string Naam { get; private set; } = "";

    public int Versie { get; private set; }

    /// <summary>Marks the aggregate changed, so the save checks and raises its version.</summary>
    public void InstellingenGewijzigd() => Versie++;
}
