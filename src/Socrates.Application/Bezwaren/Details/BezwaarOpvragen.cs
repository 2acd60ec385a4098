using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Details;

/// <summary>One bezwaar with its steps, as its own page and its step pages show it; null when it is not of this municipality.</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BezwaarOpvragen(int BezwaarId) : IQuery<BezwaarView?>;
