using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Melden;

/// <summary>A person reports that he wants to apply for bijstand (art. 44 lid 2 Participatiewet): the aanvraag starts as 'Gemeld'.</summary>
[Vereist(Rol.Consulent)]
public sealed record MeldingRegistreren : ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int PersoonId { get; init; }

    public DateOnly? Meldingsdatum { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Aanvraag";

    string? IAuditOnderwerp.OnderwerpId => null;
}
