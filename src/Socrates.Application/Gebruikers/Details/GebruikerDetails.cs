using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Details;

/// <summary>One user of the own municipality; null for an unknown id or one of another municipality.</summary>
[Vereist(Rol.Beheerder)]
public sealed record GebruikerDetails(string Id) : IQuery<GebruikerView?>;
