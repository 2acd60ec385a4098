using Mediator;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>
/// The explained calculation of an aanvraag's household for one month, live from the dossier. Without a month: the
/// month the aanvraag was received (or the current month while it is only gemeld).
/// </summary>
public sealed record AanvraagBerekening(int Id, DateOnly? Maand = null) : IQuery<AanvraagBerekeningView?>;
