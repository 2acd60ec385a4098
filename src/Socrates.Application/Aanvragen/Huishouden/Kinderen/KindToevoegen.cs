using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

/// <summary>Adds a child under 18 to the household (art. 4 lid 1 onder b Participatiewet).</summary>
[Vereist(Rol.Consulent)]
public sealed record KindToevoegen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public string? Voornaam { get; init; }

    public DateOnly? Geboortedatum { get; init; }
}
