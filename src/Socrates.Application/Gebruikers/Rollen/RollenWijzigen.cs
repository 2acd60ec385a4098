using Mediator;

namespace Socrates.Application.Gebruikers.Rollen;

/// <summary>Gives a user of the own municipality exactly these roles.</summary>
public sealed record RollenWijzigen : GebruikerOpdracht, ICommand
{
    public IReadOnlyList<string>? Rollen { get; init; }
}
