using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

/// <summary>Marks a requested document as received on a date.</summary>
[Vereist(Rol.Consulent)]
public sealed record BewijsstukOntvangen : AanvraagOpdracht, ICommand
{
    public int BewijsstukId { get; init; }

    public DateOnly? OntvangenOp { get; init; }
}
