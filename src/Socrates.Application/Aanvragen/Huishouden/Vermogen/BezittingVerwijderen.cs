using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

[Vereist(Rol.Consulent)]
public sealed record BezittingVerwijderen : AanvraagOpdracht, ICommand
{
    public int BezittingId { get; init; }
}
