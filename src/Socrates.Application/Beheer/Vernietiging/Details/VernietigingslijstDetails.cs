using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.Vernietiging.Details;

/// <summary>One vernietigingslijst of the own municipality with a page of its dossiers; null when there is none by that id.</summary>
[Vereist(Rol.Beheerder)]
public sealed record VernietigingslijstDetails : IQuery<VernietigingslijstView?>
{
    public int Id { get; init; }

    public int? Pagina { get; init; }
}
