namespace Socrates.Domain.Audit;

public enum AuditUitkomst
{
    /// <summary>The action was carried out.</summary>
    Geslaagd,

    /// <summary>A rule refused it (domain rule, concurrency conflict, wrong password); nothing changed.</summary>
    Geweigerd,
}
