using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Vergelijken;

public sealed class GemeenteregelsVergelijkenHandler(IHuidigeGebruiker gebruiker, IGemeenteregels regels)
    : IQueryHandler<GemeenteregelsVergelijken, GemeenteregelsVergelijking?>
{
    public async ValueTask<GemeenteregelsVergelijking?> Handle(GemeenteregelsVergelijken query, CancellationToken cancellationToken)
    {
        var versies = await regels.VersiesAsync(gebruiker.VereisteGemeente(), cancellationToken);
        var a = versies.Alle.SingleOrDefault(v => v.Id == query.A);
        var b = versies.Alle.SingleOrDefault(v => v.Id == query.B);
        return a is null || b is null ? null : GemeenteregelsVergelijking.Van(a, b);
    }
}
