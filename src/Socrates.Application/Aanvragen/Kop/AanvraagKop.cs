using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Kop;

/// <summary>What every page about one aanvraag shows at the top, and the version its forms post back.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AanvraagKop(int Id) : IQuery<AanvraagKopView?>;
