using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.TeBeoordelen.Lijst;

/// <summary>Every proposal waiting for a team lead, in the list's order, for a download; audited.</summary>
[Vereist(Rol.Teamleider)]
public sealed record TeBeoordelenExporteren : IQuery<Exportrijen<TeBeoordelenRegel>>
{
    public const string Export = "TeBeoordelenExporteren";
}
