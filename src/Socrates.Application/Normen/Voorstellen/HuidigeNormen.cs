using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Normen.Voorstellen;

/// <summary>The form of a new set, prefilled with the set in force today (its ingangsdatum and source left empty).</summary>
[Vereist(Rol.Normbeheerder)]
public sealed record HuidigeNormen : IQuery<NormensetVoorstellen>;
