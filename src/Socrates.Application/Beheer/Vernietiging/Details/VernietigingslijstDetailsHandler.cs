using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Personen;

namespace Socrates.Application.Beheer.Vernietiging.Details;

public sealed class VernietigingslijstDetailsHandler(ISocratesDb db, IHuidigeGebruiker gebruiker)
    : IQueryHandler<VernietigingslijstDetails, VernietigingslijstView?>
{
    public async ValueTask<VernietigingslijstView?> Handle(VernietigingslijstDetails query, CancellationToken cancellationToken)
    {
        var lijst = await db.Vernietigingslijsten.AsNoTracking().SingleOrDefaultAsync(l => l.Id == query.Id, cancellationToken);
        if (lijst is null)
        {
            return null;
        }

        var nummer = Paginering.Begrens(query.Pagina);
        var regels = lijst.Regels.OrderBy(r => r.Id).Skip((nummer - 1) * Paginering.StandaardGrootte).Take(Paginering.StandaardGrootte).ToList();
        var ids = regels.Select(r => r.PersoonId).ToList();
        var personen = await db.Personen.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Bsn })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var dossiers = regels.Select(r => personen.TryGetValue(r.PersoonId, out var p)
                ? new VernietigingslijstDossier(r.PersoonId, Persoon.Volledig(p.Voornamen, p.Voorvoegsel, p.Achternaam),
                    Pseudoniem.IsPseudoniem(p.Bsn) ? "" : p.Bsn.Gemaskeerd, r.Vernietigingsdatum, r.VernietigdOp, r.OvergeslagenReden)
                : new VernietigingslijstDossier(r.PersoonId, "", "", r.Vernietigingsdatum, r.VernietigdOp, r.OvergeslagenReden))
            .ToList();
        var ik = gebruiker.Id ?? "";
        return new VernietigingslijstView(
            lijst.Id, lijst.Categorie, lijst.Termijn, lijst.Status, lijst.OpgesteldOp, lijst.OpgesteldDoor == ik, lijst.GoedgekeurdOp,
            lijst.GoedgekeurdDoor == ik, lijst.Versie, lijst.Regels.Count(r => !r.IsAfgehandeld),
            new Pagina<VernietigingslijstDossier>(dossiers, nummer, Paginering.StandaardGrootte, lijst.Regels.Count));
    }
}
