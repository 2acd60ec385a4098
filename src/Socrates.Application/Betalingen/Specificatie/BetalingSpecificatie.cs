using Mediator;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>The payment specificaties of a dossier (aanvraag), newest month first, 12 per page.</summary>
public sealed record BetalingSpecificatie(int AanvraagId, int? Pagina = null) : IQuery<SpecificatieView>;
