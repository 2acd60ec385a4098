using Mediator;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Afzien;

/// <summary>A team lead (never the proposer) decides on a proposal to refrain: always needed for a kwijtschelding.</summary>
public sealed record AfzienBeoordelen : TerugvorderingOpdracht, ICommand
{
    public bool? Goedgekeurd { get; init; }
}
