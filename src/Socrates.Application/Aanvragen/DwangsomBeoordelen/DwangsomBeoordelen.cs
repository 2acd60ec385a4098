using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.DwangsomBeoordelen;

/// <summary>
/// A team lead approves the proposed vaststelling of the dwangsom (the beschikking of Awb 4:18; the next betaalrun pays an
/// amount above € 0) or sends it back with a reason. Four-eyes: never his own proposal.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record DwangsomBeoordelen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>An API call's Idempotency-Key: a repeat gets the first answer (docs/api.md); a page sends none.</summary>
    public Guid? Formuliersleutel { get; init; }

    public bool? Goedgekeurd { get; init; }

    /// <summary>Why the proposal is sent back; required when it is not approved.</summary>
    public string? Toelichting { get; init; }
}
