using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Middelen.Vermogen;

public sealed record BezittingVerwijderen : AanvraagOpdracht, ICommand
{
    public int BezittingId { get; init; }
}
