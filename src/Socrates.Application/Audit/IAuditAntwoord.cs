namespace Socrates.Application.Audit;

/// <summary>An answer that names the record a command created or found, for the audit trail.</summary>
public interface IAuditAntwoord
{
    string AuditId { get; }
}
