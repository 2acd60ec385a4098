using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Personen.Details;

/// <summary>A person of the signed-in user's municipality with the aanvragen in which he is aanvrager or partner.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record PersoonDetails(int Id) : IQuery<PersoonDetailsView?>;
