using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Verdagen;

/// <summary>Extends the beslistermijn once by six weeks, with a reason, before it ends (Awb 7:10 lid 3).</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BeslissingVerdagen : BezwaarOpdracht, ICommand
{
    public string? Reden { get; init; }
}
