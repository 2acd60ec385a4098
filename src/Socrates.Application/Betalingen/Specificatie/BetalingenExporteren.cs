using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>
/// The household's payment ledger for a download, oldest month first (no name, no BSN: months, days and amounts). Reading
/// it is audited, as is every export.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BetalingenExporteren(int AanvraagId) : IQuery<Exportrijen<SpecificatieMaand>>
{
    public const string Export = "BetalingenExporteren";
}
