using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Inkomstenopgaven.Lijst;

public sealed class InkomstenopgavenOpvragenHandler(Opgavelijst lijst) : IQueryHandler<InkomstenopgavenOpvragen, InkomstenopgavenView?>
{
    public ValueTask<InkomstenopgavenView?> Handle(InkomstenopgavenOpvragen query, CancellationToken cancellationToken) =>
        new(lijst.LaadAsync(query.ToekenningId, cancellationToken));
}

/// <summary>A toekenning's opgaven as the list and the correction page show them (under the user's gemeente filter).</summary>
public sealed class Opgavelijst(ISocratesDb db, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, TimeProvider klok)
{
    public async Task<InkomstenopgavenView?> LaadAsync(int toekenningId, CancellationToken cancellationToken)
    {
        var kop = await (
                from t in db.Toekenningen.AsNoTracking().Where(t => t.Id == toekenningId)
                join p in db.Personen.AsNoTracking() on t.AanvragerId equals p.Id
                join a in db.Aanvragen.AsNoTracking() on t.AanvraagId equals a.Id
                select new { t.Id, t.AanvraagId, t.AanvragerId, p.Voornamen, p.Voorvoegsel, p.Achternaam, HeeftPartner = a.PartnerId != null, t.Ingangsdatum, t.Einddatum })
            .SingleOrDefaultAsync(cancellationToken);
        if (kop is null)
        {
            return null;
        }

        var opgaven = await db.Inkomstenopgaven.AsNoTracking().Where(o => o.ToekenningId == kop.Id)
            .OrderByDescending(o => o.Maand).ThenBy(o => o.Van).ThenBy(o => o.Werkgever).ThenByDescending(o => o.Id)
            .ToListAsync(cancellationToken);
        var namen = await gebruikers.NamenAsync(gebruiker.Gemeente, [.. opgaven.Select(o => o.GeregistreerdDoor).Distinct()], cancellationToken);
        var plicht = await db.Opgaveplichten.AsNoTracking().Where(p => p.AanvragerId == kop.AanvragerId)
            .Select(p => new OpgaveplichtStand(p.Vanaf, p.Tot, p.Versie)).SingleOrDefaultAsync(cancellationToken);
        var opschorting = await db.Opschortingen.AsNoTracking()
            .Where(o => o.AanvragerId == kop.AanvragerId && o.Status == Domain.Inkomsten.OpschortingStatus.Opgeschort)
            .Select(o => new LopendeOpschorting(o.Id, o.Maand, o.HerstelUiterlijk)).FirstOrDefaultAsync(cancellationToken);
        var laatste = Maand.Van(kop.Einddatum is { } einde && einde < klok.Vandaag() ? einde : klok.Vandaag()).Eerste;
        return new InkomstenopgavenView(
            kop.Id, kop.AanvraagId, Persoon.Volledig(kop.Voornamen, kop.Voorvoegsel, kop.Achternaam), kop.HeeftPartner, kop.Ingangsdatum, kop.Einddatum,
            Maand.Van(kop.Ingangsdatum).Eerste, laatste,
            [.. opgaven.Select(o => new OpgaveRij(
                o.Id, o.Maand, o.Van, o.Werkgever, o.PeriodeVan, o.PeriodeTot, o.NettoLoon, o.BrutoLoon, o.Vakantiegeld, o.Uren, o.Documentreferentie,
                o.Vervangen, o.VervangtId, o.VerwerktInBetaalrunId is not null, namen.GetValueOrDefault(o.GeregistreerdDoor) ?? o.GeregistreerdDoor,
                o.GeregistreerdOp, o.Versie))],
            plicht, opschorting);
    }
}
