using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Audit.LaatsteWijziging;

public sealed class LaatsteWijzigingHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers)
    : IQueryHandler<LaatsteWijziging, LaatsteWijzigingView?>
{
    public async ValueTask<LaatsteWijzigingView?> Handle(LaatsteWijziging query, CancellationToken cancellationToken)
    {
        var laatste = await db.AuditRegels.AsNoTracking()
            .Where(r => r.EntiteitType == query.EntiteitType && r.EntiteitId == query.EntiteitId && r.Uitkomst == AuditUitkomst.Geslaagd
                && r.Actie != "DossierInzien")
            .OrderByDescending(r => r.Tijdstip).ThenByDescending(r => r.Id)
            .Select(r => new { r.GebruikerId, r.Tijdstip })
            .FirstOrDefaultAsync(cancellationToken);
        if (laatste is null)
        {
            return null;
        }

        var naam = laatste.GebruikerId is { } id
            && (await gebruikers.NamenAsync(gebruiker.VereisteGemeente(), [id], cancellationToken)).TryGetValue(id, out var gevonden)
            ? gevonden
            : "Socrates";
        return new LaatsteWijzigingView(naam, laatste.Tijdstip);
    }
}
