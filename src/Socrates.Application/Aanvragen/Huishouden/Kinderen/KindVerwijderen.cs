using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

public sealed record KindVerwijderen : AanvraagOpdracht, ICommand
{
    public int KindId { get; init; }
}
