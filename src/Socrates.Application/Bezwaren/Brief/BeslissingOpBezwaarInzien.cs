using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Brief;

/// <summary>The letter of a taken beslissing op bezwaar; null when the bezwaar is not of this municipality or not decided yet.</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BeslissingOpBezwaarInzien(int BezwaarId) : IQuery<BriefView?>;
