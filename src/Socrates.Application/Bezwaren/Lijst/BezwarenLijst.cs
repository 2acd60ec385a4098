using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Lijst;

/// <summary>
/// The gemeente's bezwaren, 25 a page, the nearest beslistermijn first: filtered by status (default: the open ones),
/// behandelaar and termijn.
/// </summary>
[Vereist(Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BezwarenLijst : IQuery<BezwarenView>
{
    public int? Pagina { get; init; }

    public BezwaarStatus? Status { get; init; }

    /// <summary>A behandelaar's user id, or "geen" for the bezwaren nobody handles yet.</summary>
    public string? Behandelaar { get; init; }

    public Termijnfilter? Termijn { get; init; }

    /// <summary>Also the decided bezwaren (without a status filter, the open ones only).</summary>
    public bool Alle { get; init; }
}
