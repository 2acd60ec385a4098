using Mediator;

namespace Socrates.Application.Aanvragen.Besluiten;

/// <summary>What the consulent needs to propose a decision: the earliest ingangsdatum and the calculation from then.</summary>
public sealed record BesluitVoorbereiding(int Id) : IQuery<BesluitVoorbereidingView?>;
