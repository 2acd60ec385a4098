namespace Socrates.Application.Audit;

/// <summary>
/// A command or query about one record: the audit trail names that record (type and id, never its content).
/// When <see cref="OnderwerpId"/> is null, the id the handler returns is written instead (for commands that create).
/// </summary>
public interface IAuditOnderwerp
{
    string OnderwerpType { get; }

    string? OnderwerpId { get; }
}
