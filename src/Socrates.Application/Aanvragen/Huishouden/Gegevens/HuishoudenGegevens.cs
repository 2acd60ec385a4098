using Mediator;

namespace Socrates.Application.Aanvragen.Huishouden.Gegevens;

/// <summary>
/// The household and the means of one aanvraag, as the intake pages show them, with the kostendelers assessment of
/// today. Null when the aanvraag does not exist or belongs to another municipality.
/// </summary>
public sealed record HuishoudenGegevens(int AanvraagId) : IQuery<HuishoudenView?>;
