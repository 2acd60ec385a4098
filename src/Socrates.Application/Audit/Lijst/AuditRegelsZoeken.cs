using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Audit.Lijst;

/// <summary>One page of the own municipality's audit trail, newest first. The read itself is audited (<c>AuditInzien</c>).</summary>
[Vereist(Rol.Beheerder)]
public sealed record AuditRegelsZoeken : AuditFilter, IQuery<AuditOverzicht>
{
    public const string Inzage = "AuditInzien";

    public int? Pagina { get; init; }
}
