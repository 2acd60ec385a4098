using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

/// <summary>Puts a document on the aanvraag's checklist (art. 53a Participatiewet: the college decides what is needed).</summary>
public sealed record BewijsstukVragen : AanvraagOpdracht, ICommand
{
    public string? Omschrijving { get; init; }

    public DateOnly? GevraagdOp { get; init; }
}
