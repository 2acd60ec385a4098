using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Afzien;

/// <summary>A team lead (never the proposer) decides on a proposal to refrain: always needed for a kwijtschelding.</summary>
[Vereist(Rol.Teamleider)]
public sealed record AfzienBeoordelen : TerugvorderingOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>An API call's Idempotency-Key: a repeat gets the first answer (docs/api.md); a page sends none.</summary>
    public Guid? Formuliersleutel { get; init; }

    public bool? Goedgekeurd { get; init; }
}
