using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Verschoonbaarheid;

/// <summary>For a late bezwaar: whether the lateness is excusable (Awb 6:11), with the reason; not excusable means niet-ontvankelijk.</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record VerschoonbaarheidBeoordelen : BezwaarOpdracht, ICommand
{
    public bool? Verschoonbaar { get; init; }

    public string? Reden { get; init; }
}
