using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

[Vereist(Rol.Consulent)]
public sealed record KindVerwijderen : AanvraagOpdracht, ICommand
{
    public int KindId { get; init; }
}
