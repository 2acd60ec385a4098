using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Ingebrekestelling;

/// <summary>
/// Records the written ingebrekestelling the aanvrager sent after the beslistermijn passed (Awb 4:17): two weeks after it
/// was received the dwangsom accrues until the besluit is taken.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record IngebrekestellingRegistreren : AanvraagOpdracht, ICommand
{
    public DateOnly? OntvangenOp { get; init; }
}
