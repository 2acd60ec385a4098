using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Gegevens;

/// <summary>
/// The household and the means of one aanvraag, as the intake pages show them, with the kostendelers assessment of
/// today. Null when the aanvraag does not exist or belongs to another municipality.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record HuishoudenGegevens(int AanvraagId) : IQuery<HuishoudenView?>;
