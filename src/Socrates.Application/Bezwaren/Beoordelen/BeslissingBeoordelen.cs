using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Beoordelen;

/// <summary>
/// A team lead takes the proposed beslissing op bezwaar (four-eyes; not involved in the contested besluit, Awb 7:5) or sends it
/// back with a reason. Taking a gegrond beslissing carries out the herroeping through the existing flows: a terugvordering or
/// boete gets a correction on its ledger; an aanvraag's besluit gets a follow-up on the dossier (a wijziging or a new aanvraag).
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record BeslissingBeoordelen : BezwaarOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>An API call's Idempotency-Key: a repeat gets the first answer (docs/api.md); a page sends none.</summary>
    public Guid? Formuliersleutel { get; init; }

    public bool? Goedgekeurd { get; init; }

    public string? Reden { get; init; }
}
