using Mediator;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>The team lead's overview: per ground the open claims and their saldo, and what was collected this month.</summary>
public sealed record TerugvorderingenOverzicht : IQuery<OverzichtView>;
