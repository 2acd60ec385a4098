using Mediator;

namespace Socrates.Application.Terugvorderingen.Details;

/// <summary>One claim with its months, its ledger, and what collection can do now. Null when not found in the own municipality.</summary>
public sealed record TerugvorderingDetails(int Id) : IQuery<TerugvorderingDetailsView?>;
