using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Details;

public sealed class PersoonDetailsHandler(ISocratesDb db, TimeProvider klok) : IQueryHandler<PersoonDetails, PersoonDetailsView?>
{
    public async ValueTask<PersoonDetailsView?> Handle(PersoonDetails query, CancellationToken cancellationToken)
    {
        var persoon = await db.Personen.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        if (persoon is null)
        {
            return null;
        }

        var aanvragen = await db.Aanvragen.AsNoTracking()
            .Where(a => a.AanvragerId == query.Id || a.PartnerId == query.Id)
            .OrderByDescending(a => a.Meldingsdatum).ThenByDescending(a => a.Id)
            .Select(a => new PersoonAanvraag(a.Id, a.Meldingsdatum, a.Status, a.Besluitvorming.Soort, a.PartnerId == query.Id))
            .ToListAsync(cancellationToken);
        return new PersoonDetailsView(
            persoon.Id, persoon.Versie, persoon.Bsn, persoon.Voornamen, persoon.Voorvoegsel, persoon.Achternaam, persoon.Geboortedatum,
            Leeftijd.Op(persoon.Geboortedatum, klok.Vandaag()), persoon.Adres, persoon.Iban, aanvragen);
    }
}
