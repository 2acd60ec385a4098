using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>A team lead approves or rejects a proposed decision (four-eyes: never his own proposal).</summary>
[Vereist(Rol.Teamleider)]
public sealed record BesluitBeoordelen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>An API call's Idempotency-Key: a repeat gets the first answer (docs/api.md); a page sends none.</summary>
    public Guid? Formuliersleutel { get; init; }

    public bool? Goedgekeurd { get; init; }

    /// <summary>Why the proposal is sent back; required when it is not approved.</summary>
    public string? Toelichting { get; init; }

    /// <summary>For a toekenning while requested bewijsstukken are missing: why the team lead approves it all the same (required then).</summary>
    public string? RedenZonderBewijsstukken { get; init; }
}
