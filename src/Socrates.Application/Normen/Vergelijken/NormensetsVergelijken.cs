using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Normen.Vergelijken;

/// <summary>Any two sets side by side, field by field, the changed rows marked.</summary>
[Vereist(Rol.Normbeheerder)]
public sealed record NormensetsVergelijken(int LinksId, int RechtsId) : IQuery<Normensetvergelijking>;
