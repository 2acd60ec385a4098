using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Notities;

/// <summary>Adds a note to the dossier. Notes never change the aanvraag, so no version is checked.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record NotitieToevoegen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public string? Tekst { get; init; }
}
