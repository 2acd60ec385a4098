using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Details;

/// <summary>One claim with its months, its ledger, and what collection can do now. Null when not found in the own municipality.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record TerugvorderingDetails(int Id) : IQuery<TerugvorderingDetailsView?>;
