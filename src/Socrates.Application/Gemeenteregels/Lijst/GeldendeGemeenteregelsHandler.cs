using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Vergelijken;
using Socrates.Application.Gemeenteregels.Voorstellen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Lijst;

public sealed class GeldendeGemeenteregelsHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<GeldendeGemeenteregels, GemeenteregelsOverzicht>
{
    public async ValueTask<GemeenteregelsOverzicht> Handle(GeldendeGemeenteregels query, CancellationToken cancellationToken)
    {
        var code = gebruiker.VereisteGemeente();
        var gemeente = await db.Gemeenten.AsNoTracking()
            .Where(g => g.Code == code)
            .Select(g => new { g.Naam, g.Versie })
            .SingleAsync(cancellationToken);
        var vandaag = klok.Vandaag();
        var versies = await regels.VersiesAsync(code, cancellationToken);
        var geldend = versies.Op(vandaag);
        var voorstel = await db.InstellingenVoorstellen.AsNoTracking()
            .Where(v => v.Status == VoorstelStatus.Open).OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        OpenVoorstel? open = null;
        if (voorstel is not null)
        {
            var basis = versies.Op(voorstel.GeldigVanaf);
            open = new OpenVoorstel(
                voorstel.Id, voorstel.Versie, voorstel.GeldigVanaf, voorstel.Toelichting, voorstel.VoorgesteldDoor, voorstel.VoorgesteldOp,
                string.Equals(voorstel.VoorgesteldDoorId, gebruiker.Id, StringComparison.Ordinal),
                GemeenteregelsVergelijking.Van(basis, voorstel.Voorgesteld()));
        }

        return new GemeenteregelsOverzicht(gemeente.Naam, code, gemeente.Versie, vandaag, geldend, versies.Alle, open);
    }
}
