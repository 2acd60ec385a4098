using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.DwangsomVaststellen;

/// <summary>The dwangsom of one aanvraag as its vaststelling and approval pages show it; null without an ingebrekestelling.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record DwangsomOpvragen(int AanvraagId) : IQuery<DwangsomView?>;
