using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

public sealed class BewaartermijnDossierHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, Bewaargronden gronden, Vernietigingsblokkaden blokkaden, IGebruikers gebruikers, TimeProvider klok)
    : IQueryHandler<BewaartermijnDossier, BewaartermijnDossierView?>
{
    public async ValueTask<BewaartermijnDossierView?> Handle(BewaartermijnDossier query, CancellationToken cancellationToken)
    {
        var persoon = await db.Personen.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.PersoonId, cancellationToken);
        if (persoon is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var ids = new[] { persoon.Id };
        var grond = (await gronden.VoorAsync(ids, vandaag, cancellationToken)).GetValueOrDefault(persoon.Id);
        var redenen = await blokkaden.VoorAsync(ids, vandaag, cancellationToken);
        var verlengingen = await db.Bewaartermijnverlengingen.AsNoTracking().Where(v => v.PersoonId == persoon.Id)
            .OrderByDescending(v => v.Op).ToListAsync(cancellationToken);
        var namen = await gebruikers.NamenAsync(gebruiker.Gemeente, verlengingen.Select(v => v.Door).Distinct().ToList(), cancellationToken);
        var vernietigd = await db.VernietigdeDossiers.AsNoTracking().Where(v => v.PersoonId == persoon.Id)
            .Select(v => (DateTime?)v.VernietigdOp).SingleOrDefaultAsync(cancellationToken);
        return new BewaartermijnDossierView(
            persoon.Id, persoon.Naam, Pseudoniem.IsPseudoniem(persoon.Bsn) ? "" : persoon.Bsn.Gemaskeerd, persoon.Versie, Bewaargronden.Termijn, grond,
            grond is null ? null : Vernietigingsdatum.Van(grond, Bewaargronden.Termijn), redenen[persoon.Id].ToList(),
            verlengingen.Select(v => new VerlengingView(v.Tot, v.Reden, namen.GetValueOrDefault(v.Door, "onbekende gebruiker"), v.Op)).ToList(),
            vernietigd is { } op ? DateOnly.FromDateTime(op) : null);
    }
}
