namespace Socrates.Domain.Bewaren;

public enum VernietigingslijstStatus
{
    /// <summary>Drawn up by a Beheerder; waits for a second Beheerder.</summary>
    Opgesteld,

    /// <summary>Approved by a second Beheerder: destruction may run, and resumes where it stopped.</summary>
    Goedgekeurd,

    /// <summary>Every dossier on it is destroyed or skipped.</summary>
    Uitgevoerd,
}
