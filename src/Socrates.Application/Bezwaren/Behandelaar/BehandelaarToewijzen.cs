using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Behandelaar;

/// <summary>Assigns the bezwaarbehandelaar, who prepared nor took the contested besluit (Awb 7:5 lid 1).</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BehandelaarToewijzen : BezwaarOpdracht, ICommand
{
    public string? BehandelaarId { get; init; }
}
