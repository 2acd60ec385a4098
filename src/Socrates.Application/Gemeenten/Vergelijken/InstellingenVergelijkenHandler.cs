using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gemeenten.Vergelijken;

public sealed class InstellingenVergelijkenHandler(IHuidigeGebruiker gebruiker, IGemeenteregels regels)
    : IQueryHandler<InstellingenVergelijken, InstellingenVergelijking?>
{
    public async ValueTask<InstellingenVergelijking?> Handle(InstellingenVergelijken query, CancellationToken cancellationToken)
    {
        var versies = await regels.VersiesAsync(gebruiker.VereisteGemeente(), cancellationToken);
        var a = versies.SingleOrDefault(v => v.Id == query.A);
        var b = versies.SingleOrDefault(v => v.Id == query.B);
        return a is null || b is null ? null : InstellingenVergelijking.Van(a, b);
    }
}
