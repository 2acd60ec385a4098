using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Normen.Lijst;

/// <summary>Every set, newest ingangsdatum first, with its status; the approved set in force today is marked.</summary>
[Vereist(Rol.Normbeheerder)]
public sealed record NormensetsOpvragen : IQuery<IReadOnlyList<NormensetRegel>>;
