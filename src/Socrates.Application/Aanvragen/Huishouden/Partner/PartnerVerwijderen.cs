using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Partner;

/// <summary>Removes the partner from the household, and with it the partner's income. The person stays registered.</summary>
[Vereist(Rol.Consulent)]
public sealed record PartnerVerwijderen : AanvraagOpdracht, ICommand;
