using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Rollen;

/// <summary>Gives a user of the own municipality exactly these roles.</summary>
[Vereist(Rol.Beheerder)]
public sealed record RollenWijzigen : GebruikerOpdracht, ICommand
{
    public IReadOnlyList<string>? Rollen { get; init; }
}
