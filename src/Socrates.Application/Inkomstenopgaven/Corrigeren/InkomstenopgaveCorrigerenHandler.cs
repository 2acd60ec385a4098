using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Corrigeren;

public sealed class InkomstenopgaveCorrigerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<InkomstenopgaveCorrigeren, int>
{
    public async ValueTask<int> Handle(InkomstenopgaveCorrigeren command, CancellationToken cancellationToken)
    {
        var opgave = await db.Inkomstenopgaven.SingleOrDefaultAsync(o => o.Id == command.OpgaveId, cancellationToken) ?? throw new NietGevondenException();
        db.Entry(opgave).Property(o => o.Versie).OriginalValue = command.Versie;
        var gegevens = command.Gegevens();
        if (gegevens.PeriodeVan > Maand.Van(opgave.Maand).Laatste || gegevens.PeriodeTot < opgave.Maand)
        {
            throw new DomeinregelException($"De loonperiode valt buiten {opgave.Maand:MM-yyyy}, de maand van deze opgave.");
        }

        if (gegevens.Van == Gezinslid.Partner
            && !await db.Toekenningen.Where(t => t.Id == opgave.ToekenningId)
                .Join(db.Aanvragen, t => t.AanvraagId, a => a.Id, (t, a) => a.PartnerId).AnyAsync(p => p != null, cancellationToken))
        {
            throw new DomeinregelException(Gemeenschappelijk.Opgaveregels.GeenPartner);
        }

        var nieuw = opgave.Corrigeren(gegevens, gebruiker.VereistePersoon(), klok.GetUtcNow().UtcDateTime);
        db.Inkomstenopgaven.Add(nieuw);
        await db.SaveChangesAsync(cancellationToken);
        return nieuw.Id;
    }
}
