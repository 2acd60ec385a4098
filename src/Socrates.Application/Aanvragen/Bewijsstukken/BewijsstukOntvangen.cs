using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

/// <summary>Marks a requested document as received on a date.</summary>
public sealed record BewijsstukOntvangen : AanvraagOpdracht, ICommand
{
    public int BewijsstukId { get; init; }

    public DateOnly? OntvangenOp { get; init; }
}
