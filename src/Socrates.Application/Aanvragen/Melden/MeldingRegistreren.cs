using Mediator;
using Socrates.Application.Audit;

namespace Socrates.Application.Aanvragen.Melden;

/// <summary>A person reports that he wants to apply for bijstand (art. 44 lid 2 Participatiewet): the aanvraag starts as 'Gemeld'.</summary>
public sealed record MeldingRegistreren : ICommand<int>, IAuditOnderwerp
{
    public int PersoonId { get; init; }

    public DateOnly? Meldingsdatum { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Aanvraag";

    string? IAuditOnderwerp.OnderwerpId => null;
}
