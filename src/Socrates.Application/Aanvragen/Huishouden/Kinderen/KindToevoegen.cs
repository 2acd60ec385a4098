using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

/// <summary>Adds a child under 18 to the household (art. 4 lid 1 onder b Participatiewet).</summary>
public sealed record KindToevoegen : AanvraagOpdracht, ICommand
{
    public string? Voornaam { get; init; }

    public DateOnly? Geboortedatum { get; init; }
}
