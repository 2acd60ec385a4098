using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Audit.Lijst;

/// <summary>The filtered audit trail for a download (at most <see cref="Maximum"/> lines, newest first). The export itself is audited.</summary>
[Vereist(Rol.Beheerder)]
public sealed record AuditExporteren : AuditFilter, IQuery<Exportrijen<AuditRegelView>>
{
    public const string Export = "AuditExporteren";

    public const int Maximum = 100_000;
}
