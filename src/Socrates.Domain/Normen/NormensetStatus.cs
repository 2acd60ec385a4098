namespace Socrates.Domain.Normen;

/// <summary>Where a set of national figures stands: proposed by one Normbeheerder, decided by another.</summary>
public enum NormensetStatus
{
    /// <summary>Waiting for a second Normbeheerder; calculations do not use it.</summary>
    Voorgesteld,

    /// <summary>Approved by a second Normbeheerder (or seeded by the system): in force from its ingangsdatum.</summary>
    Goedgekeurd,

    /// <summary>Rejected with a reason: never used.</summary>
    Afgewezen,
}
