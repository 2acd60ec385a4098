using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// Every row (aanvraag or bezwaar) of the werkvoorraad with the filters and order on screen (<see cref="Lijst"/>; its page number is
/// ignored), for a download. The export is written to the audit trail.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record WerkvoorraadExporteren(Werkvoorraad Lijst) : IQuery<Exportrijen<WerkvoorraadRegel>>
{
    public const string Export = "WerkvoorraadExporteren";

    /// <summary>Only the message name: the filters may hold a name or a BSN.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
