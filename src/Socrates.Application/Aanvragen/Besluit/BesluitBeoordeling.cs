using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// What the team lead needs to judge a proposed besluit without leaving the page: the household in short, the amount and
/// the calculation's lines, the bewijsstukken still missing, the motivering and reasons, and who proposed it when.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record BesluitBeoordeling(int Id) : IQuery<BesluitBeoordelingView?>;
