using Mediator;

namespace Socrates.Application.Personen.Details;

/// <summary>A person of the signed-in user's municipality with the aanvragen in which he is aanvrager or partner.</summary>
public sealed record PersoonDetails(int Id) : IQuery<PersoonDetailsView?>;
