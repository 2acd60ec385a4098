using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Registreren;

/// <summary>The person and the besluiten of his that a bezwaar can contest; null when the person is not of this municipality.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BesluitenOpvragen(int PersoonId) : IQuery<BesluitenView?>;
