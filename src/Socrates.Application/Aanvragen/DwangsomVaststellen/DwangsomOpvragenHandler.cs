using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.DwangsomVaststellen;

public sealed class DwangsomOpvragenHandler(ISocratesDb db, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : IQueryHandler<DwangsomOpvragen, DwangsomView?>
{
    public async ValueTask<DwangsomView?> Handle(DwangsomOpvragen query, CancellationToken cancellationToken)
    {
        if (await db.Aanvragen.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.AanvraagId, cancellationToken) is not { } aanvraag)
        {
            return null;
        }

        var namen = await gebruikers.NamenAsync(gebruiker.VereisteGemeente(), [.. Dwangsomlezer.Gebruikers(aanvraag).Distinct(StringComparer.Ordinal)], cancellationToken);
        return Dwangsomlezer.Lees(aanvraag, klok.Vandaag(), await Dwangsomlezer.BetaaldInAsync(db, aanvraag, cancellationToken), namen);
    }
}
