using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

/// <summary>Puts a document on the aanvraag's checklist (art. 53a Participatiewet: the college decides what is needed).</summary>
[Vereist(Rol.Consulent)]
public sealed record BewijsstukVragen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public string? Omschrijving { get; init; }

    public DateOnly? GevraagdOp { get; init; }
}
