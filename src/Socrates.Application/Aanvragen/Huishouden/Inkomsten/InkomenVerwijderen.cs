using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Inkomsten;

[Vereist(Rol.Consulent)]
public sealed record InkomenVerwijderen : AanvraagOpdracht, ICommand
{
    public int InkomenId { get; init; }
}
