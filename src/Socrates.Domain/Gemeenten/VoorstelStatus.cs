namespace Socrates.Domain.Gemeenten;

/// <summary>Where a proposed version of the municipality's rules stands (four-eyes on settings).</summary>
public enum VoorstelStatus
{
    /// <summary>Waiting for a second Beheerder.</summary>
    Open,

    /// <summary>Approved by a second Beheerder: the version is recorded.</summary>
    Goedgekeurd,

    /// <summary>Rejected by a second Beheerder or withdrawn by the proposer: nothing is recorded.</summary>
    Afgewezen,
}
