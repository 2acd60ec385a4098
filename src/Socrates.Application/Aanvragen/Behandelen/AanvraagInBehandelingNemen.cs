using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Behandelen;

/// <summary>A consulent takes an ingediende aanvraag into handling; it is assigned to him.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AanvraagInBehandelingNemen : AanvraagOpdracht, ICommand;
