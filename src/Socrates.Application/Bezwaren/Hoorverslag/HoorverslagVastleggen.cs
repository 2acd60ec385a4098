using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Hoorverslag;

/// <summary>Records the verslag of the hoorzitting once it has taken place (Awb 7:7).</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record HoorverslagVastleggen : BezwaarOpdracht, ICommand
{
    public string? Verslag { get; init; }
}
