using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>
/// The household's payment ledger as CSV, oldest month first (semicolons, Dutch amounts, UTF-8; no name, no BSN; only numbers
/// and months, so no field can be a spreadsheet formula). Reading it is audited, as is the audit trail's export.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BetalingenExporteren(int AanvraagId) : IQuery<string>
{
    public const string Export = "BetalingenExporteren";
}
