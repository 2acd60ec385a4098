using Mediator;

namespace Socrates.Application.Audit.Inzien;

/// <summary>One page of the own municipality's audit trail, newest first. The read itself is audited (<c>AuditInzien</c>).</summary>
public sealed record AuditRegelsZoeken : AuditFilter, IQuery<AuditOverzicht>
{
    public const string Inzage = "AuditInzien";

    public int? Pagina { get; init; }
}
