using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>What the new-claim form shows: the toekenning, the months allowed, the rules of today, and rows prefilled from a wijziging.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record TerugvorderingVoorbereiding(int ToekenningId, int? WijzigingId = null) : IQuery<TerugvorderingVoorbereidingView?>;
