using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Behandelen;

/// <summary>A consulent takes an ingediende aanvraag into handling; it is assigned to him.</summary>
public sealed record AanvraagInBehandelingNemen : AanvraagOpdracht, ICommand;
