using Mediator;

namespace Socrates.Application.Gebruikers.Blokkeren;

/// <summary>Blocks (<see cref="Blokkeren"/> true) or unblocks a user of the own municipality.</summary>
public sealed record GebruikerBlokkeren : GebruikerOpdracht, ICommand
{
    public bool Blokkeren { get; init; }
}
