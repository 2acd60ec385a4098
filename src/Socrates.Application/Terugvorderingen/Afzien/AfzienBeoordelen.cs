using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Afzien;

/// <summary>A team lead (never the proposer) decides on a proposal to refrain: always needed for a kwijtschelding.</summary>
[Vereist(Rol.Teamleider)]
public sealed record AfzienBeoordelen : TerugvorderingOpdracht, ICommand
{
    public bool? Goedgekeurd { get; init; }
}
