using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Hoorzitting;

/// <summary>Plans the hoorzitting (Awb 7:2): date and place; it can be moved until its verslag is recorded.</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record HoorzittingPlannen : BezwaarOpdracht, ICommand
{
    public DateOnly? Datum { get; init; }

    public string? Plaats { get; init; }
}
