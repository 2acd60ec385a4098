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

    /// <summary>
    /// The first month Socrates pays (the first day), when the municipality came over from another system: the months
    /// before it were paid there. They are outside the payment ledger, never looked back on, and not needed before the
    /// first run (docs/betalingen.md). Null: Socrates paid from the first toekenning.
    /// </summary>
    public DateOnly? Overgangsmaand { get; private set; }

    /// <summary>Marks the aggregate changed, so the save checks and raises its version.</summary>
    public void InstellingenGewijzigd() => Versie++;

    /// <summary>Sets the month Socrates takes over the payments from the previous system.</summary>
    public void OvergangVastleggen(DateOnly maand)
    {
        if (!Maand.IsBegin(maand))
        {
            throw new ArgumentException("De overgangsmaand is de eerste dag van een maand.", nameof(maand));
        }

        Overgangsmaand = maand;
        Versie++;
    }
}
