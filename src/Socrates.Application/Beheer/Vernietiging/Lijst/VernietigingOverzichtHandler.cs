using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Lijst;

public sealed class VernietigingOverzichtHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, Bewaargronden gronden, Vernietigingsblokkaden blokkaden, TimeProvider klok)
    : IQueryHandler<VernietigingOverzicht, VernietigingOverzichtView>
{
    public async ValueTask<VernietigingOverzichtView> Handle(VernietigingOverzicht query, CancellationToken cancellationToken)
    {
        gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var nummer = Paginering.Begrens(query.Pagina);
        var verstreken = gronden.Verstreken(vandaag);
        var totaal = await verstreken.CountAsync(cancellationToken);
        var personen = await verstreken.OrderBy(p => p.Id)
            .Skip((nummer - 1) * Paginering.StandaardGrootte).Take(Paginering.StandaardGrootte)
            .Select(p => new { p.Id, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Bsn })
            .ToListAsync(cancellationToken);
        var ids = personen.Select(p => p.Id).ToList();
        var bewaargronden = await gronden.VoorAsync(ids, vandaag, cancellationToken);
        var redenen = await blokkaden.VoorAsync(ids, vandaag, cancellationToken);
        var items = personen.Select(p => new VerstrekenDossier(
                p.Id, Domain.Personen.Persoon.Volledig(p.Voornamen, p.Voorvoegsel, p.Achternaam), p.Bsn.Gemaskeerd,
                bewaargronden.TryGetValue(p.Id, out var grond) ? Vernietigingsdatum.Van(grond, Bewaargronden.Termijn) : null,
                redenen[p.Id].ToList()))
            .ToList();

        var ik = gebruiker.Id ?? "";
        var lijsten = await db.Vernietigingslijsten.AsNoTracking()
            .OrderByDescending(l => l.Id).Take(50)
            .Select(l => new VernietigingslijstSamenvatting(
                l.Id, l.OpgesteldOp, l.Status, l.OpgesteldDoor == ik, l.Regels.Count,
                l.Regels.Count(r => r.VernietigdOp != null), l.Regels.Count(r => r.OvergeslagenReden != null)))
            .ToListAsync(cancellationToken);
        return new VernietigingOverzichtView(
            Bewaargronden.Termijn, vandaag, new Pagina<VerstrekenDossier>(items, nummer, Paginering.StandaardGrootte, totaal), lijsten);
    }
}
