using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.DwangsomVaststellen;

/// <summary>
/// Proposes the vaststelling of the dwangsom (Awb 4:18) once it stopped (the besluit, or day 42) or lid 6 applies: the
/// amount is the dwangsom rule's, never typed. A team lead who did not propose it approves it (four-eyes).
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record DwangsomVoorstellen : AanvraagOpdracht, ICommand;
