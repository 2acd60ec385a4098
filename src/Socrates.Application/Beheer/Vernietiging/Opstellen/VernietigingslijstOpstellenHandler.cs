using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Opstellen;

public sealed class VernietigingslijstOpstellenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, Bewaargronden gronden, Vernietigingsblokkaden blokkaden, TimeProvider klok)
    : ICommandHandler<VernietigingslijstOpstellen, int>
{
    public async ValueTask<int> Handle(VernietigingslijstOpstellen command, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var ids = await gronden.Verstreken(vandaag)
            .Where(p => !db.Vernietigingslijsten.Any(l => l.Status != VernietigingslijstStatus.Uitgevoerd && l.Regels.Any(r => r.PersoonId == p.Id)))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(Vernietigingslijst.MaximumDossiers)
            .ToListAsync(cancellationToken);
        var bewaargronden = await gronden.VoorAsync(ids, vandaag, cancellationToken);
        var redenen = await blokkaden.VoorAsync(ids, vandaag, cancellationToken);
        var dossiers = ids
            .Where(id => !redenen[id].Any())
            .Select(id => (PersoonId: id, Datum: bewaargronden.TryGetValue(id, out var g) ? Vernietigingsdatum.Van(g, Bewaargronden.Termijn) : null))
            .Where(d => d.Datum is { } datum && datum <= vandaag)
            .Select(d => (d.PersoonId, d.Datum!.Value))
            .ToList();
        var lijst = Vernietigingslijst.Opstellen(gemeente, Bewaargronden.Termijn, dossiers, gebruiker.Id ?? "", vandaag);
        db.Vernietigingslijsten.Add(lijst);
        await db.SaveChangesAsync(cancellationToken);
        return lijst.Id;
    }
}
