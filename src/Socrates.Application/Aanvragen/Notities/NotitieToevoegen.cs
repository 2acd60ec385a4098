using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Notities;

/// <summary>Adds a note to the dossier. Notes never change the aanvraag, so no version is checked.</summary>
public sealed record NotitieToevoegen : AanvraagOpdracht, ICommand
{
    public string? Tekst { get; init; }
}
