using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Middelen.Inkomsten;

public sealed record InkomenVerwijderen : AanvraagOpdracht, ICommand
{
    public int InkomenId { get; init; }
}
