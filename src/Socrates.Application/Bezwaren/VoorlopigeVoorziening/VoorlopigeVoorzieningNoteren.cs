using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.VoorlopigeVoorziening;

/// <summary>Notes a request to the court for a voorlopige voorziening (Awb 8:81) and, when known, its outcome.</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record VoorlopigeVoorzieningNoteren : BezwaarOpdracht, ICommand
{
    public DateOnly? AangevraagdOp { get; init; }

    public string? Uitkomst { get; init; }
}
