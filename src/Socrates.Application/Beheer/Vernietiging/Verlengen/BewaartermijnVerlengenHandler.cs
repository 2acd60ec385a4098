using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

public sealed class BewaartermijnVerlengenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, Bewaargronden gronden, TimeProvider klok)
    : ICommandHandler<BewaartermijnVerlengen, int>
{
    public async ValueTask<int> Handle(BewaartermijnVerlengen command, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var persoon = await db.Personen.SingleOrDefaultAsync(p => p.Id == command.PersoonId, cancellationToken)
            ?? throw new NietGevondenException();
        if (await db.VernietigdeDossiers.AnyAsync(v => v.PersoonId == persoon.Id, cancellationToken))
        {
            throw new DomeinregelException("Dit dossier is al vernietigd.");
        }

        db.Entry(persoon).Property(p => p.Versie).OriginalValue = command.Versie;
        var vandaag = klok.Vandaag();
        var grond = (await gronden.VoorAsync([persoon.Id], vandaag, cancellationToken)).GetValueOrDefault(persoon.Id);
        var huidig = grond is null ? null : Vernietigingsdatum.Van(grond, Bewaargronden.Termijn);
        var verlenging = Bewaartermijnverlenging.Vastleggen(
            gemeente, persoon.Id, huidig, command.Tot!.Value, command.Reden!, gebruiker.Id ?? "", klok.GetUtcNow().UtcDateTime, vandaag);
        db.Bewaartermijnverlengingen.Add(verlenging);
        persoon.BewaartermijnVerlengd();
        await db.SaveChangesAsync(cancellationToken);
        return verlenging.Id;
    }
}
