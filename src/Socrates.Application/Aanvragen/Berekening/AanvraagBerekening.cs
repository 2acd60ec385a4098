using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>
/// The explained calculation of an aanvraag's household for one month, live from the dossier. Without a month: the
/// month the aanvraag was received (or the current month while it is only gemeld).
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AanvraagBerekening(int Id, DateOnly? Maand = null) : IQuery<AanvraagBerekeningView?>;
