using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>What the consulent needs to propose a decision: the earliest ingangsdatum and the calculation from then.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BesluitVoorbereiding(int Id) : IQuery<BesluitVoorbereidingView?>;
