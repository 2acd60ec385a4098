using Mediator;

namespace Socrates.Application.Aanvragen.Kop;

/// <summary>What every page about one aanvraag shows at the top, and the version its forms post back.</summary>
public sealed record AanvraagKop(int Id) : IQuery<AanvraagKopView?>;
