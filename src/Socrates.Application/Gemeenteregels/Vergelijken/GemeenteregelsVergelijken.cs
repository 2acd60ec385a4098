using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>Two versions of the own municipality's rules side by side (ids in its own table); null when either is unknown.</summary>
[Vereist(Rol.Beheerder)]
public sealed record GemeenteregelsVergelijken(int A, int B) : IQuery<GemeenteregelsVergelijking?>;
