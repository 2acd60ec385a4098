using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// What-if before saving: the municipality's active toekenningen through the rekenkern with the rules that would apply
/// and with the proposed ones, for the first month the proposal would apply. Saves nothing.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record GemeenteregelsDoorrekenen(Vastleggen.GemeenteregelsVastleggen Voorstel) : IQuery<Doorrekening>;
