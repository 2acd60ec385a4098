using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenten.Instellingen;

public sealed class GeldendeInstellingenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<GeldendeInstellingen, InstellingenOverzicht>
{
    public async ValueTask<InstellingenOverzicht> Handle(GeldendeInstellingen query, CancellationToken cancellationToken)
    {
        var code = gebruiker.VereisteGemeente();
        var gemeente = await db.Gemeenten.AsNoTracking()
            .Where(g => g.Code == code)
            .Select(g => new { g.Naam, g.Versie })
            .SingleAsync(cancellationToken);
        var vandaag = klok.Vandaag();
        var geldend = await regels.OpAsync(code, vandaag, cancellationToken);
        var versies = await regels.VersiesAsync(code, cancellationToken);
        return new InstellingenOverzicht(gemeente.Naam, code, gemeente.Versie, vandaag, geldend, versies);
    }
}
