using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>The team lead's overview: per ground the open claims and their saldo, and what was collected this month.</summary>
[Vereist(Rol.Teamleider)]
public sealed record TerugvorderingenOverzicht : IQuery<OverzichtView>;
