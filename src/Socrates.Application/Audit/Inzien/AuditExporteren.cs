using Mediator;

namespace Socrates.Application.Audit.Inzien;

/// <summary>The filtered audit trail as CSV (at most <see cref="Maximum"/> lines, newest first). The export itself is audited.</summary>
public sealed record AuditExporteren : AuditFilter, IQuery<string>
{
    public const string Export = "AuditExporteren";

    public const int Maximum = 100_000;
}
