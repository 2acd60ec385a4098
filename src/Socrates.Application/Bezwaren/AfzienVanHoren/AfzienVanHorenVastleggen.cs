using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.AfzienVanHoren;

/// <summary>Records that the indiener is not heard, on a ground of Awb 7:3, with a short explanation.</summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record AfzienVanHorenVastleggen : BezwaarOpdracht, ICommand
{
    public AfzienVanHorenGrond? Grond { get; init; }

    public string? Toelichting { get; init; }
}
