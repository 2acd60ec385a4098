using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>
/// What the aflossing page shows: the debtor's current situation and the formula's proposal on it. Without running
/// bijstand the proposal needs <see cref="HuidigInkomen"/> (euros, net per month, as entered); null for a claim that does
/// not exist or belongs to another municipality.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record Aflossingsvoorbereiding(int TerugvorderingId, decimal? HuidigInkomen = null) : IQuery<AflossingsvoorbereidingView?>;
