using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Normen.Beoordelen;

/// <summary>
/// A set for its decision: the set itself, the approved set in force the day before its ingangsdatum (what it replaces),
/// both side by side, whether the acting Normbeheerder may decide (not his own proposal), and the set's audit history.
/// </summary>
[Vereist(Rol.Normbeheerder)]
public sealed record NormensetBeoordeling(int Id) : IQuery<NormensetBeoordelingView>;
