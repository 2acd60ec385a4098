using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Beoordelen;

/// <summary>A team lead approves or sends back a proposed claim (four-eyes: never his own proposal).</summary>
[Vereist(Rol.Teamleider)]
public sealed record TerugvorderingBeoordelen : TerugvorderingOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>An API call's Idempotency-Key: a repeat gets the first answer (docs/api.md); a page sends none.</summary>
    public Guid? Formuliersleutel { get; init; }

    public bool? Goedgekeurd { get; init; }

    /// <summary>Why it is sent back; required then.</summary>
    public string? Toelichting { get; init; }
}
