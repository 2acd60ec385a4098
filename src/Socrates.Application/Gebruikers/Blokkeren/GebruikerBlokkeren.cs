using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Blokkeren;

/// <summary>Blocks (<see cref="Blokkeren"/> true) or unblocks a user of the own municipality.</summary>
[Vereist(Rol.Beheerder)]
public sealed record GebruikerBlokkeren : GebruikerOpdracht, ICommand
{
    public bool Blokkeren { get; init; }
}
