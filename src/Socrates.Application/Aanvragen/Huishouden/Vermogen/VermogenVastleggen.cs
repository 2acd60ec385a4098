using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

/// <summary>
/// Debts (deducted from the possessions, art. 34 lid 1 onder a) and, for a household in its own home, the WOZ value
/// and the mortgage (art. 34 lid 2 onder d).
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record VermogenVastleggen : AanvraagOpdracht, ICommand
{
    /// <summary>In euros; 0 when there are none.</summary>
    public decimal? Schulden { get; init; }

    public decimal? WozWaarde { get; init; }

    public decimal? Hypotheek { get; init; }
}
