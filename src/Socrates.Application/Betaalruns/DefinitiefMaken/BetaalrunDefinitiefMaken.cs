using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.DefinitiefMaken;

/// <summary>
/// A team lead other than the starter makes the proefrun of <see cref="Maand"/> definitive, after seeing its totals, lines,
/// nabetalingen and signals and ticking <see cref="Bevestigd"/> (issue #18.5): the verrekeningen are booked on the claims'
/// ledgers, the dwangsommen the proefrun showed are paid (Awb 4:18, once each), and from then on the month pays nobody again.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record BetaalrunDefinitiefMaken : ICommand, IAuditOnderwerp
{
    public string? Maand { get; init; }

    public int Versie { get; init; }

    /// <summary>The team lead confirms having checked the totals and the payment lines.</summary>
    public bool Bevestigd { get; init; }

    public string OnderwerpType => "Betaalrun";

    public string? OnderwerpId => Maand;
}
