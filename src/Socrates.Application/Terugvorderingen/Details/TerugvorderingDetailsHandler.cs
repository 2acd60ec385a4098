using Socrates.Application.Gebruikers;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Details;

public sealed class TerugvorderingDetailsHandler(ISocratesDb db, IGemeenteregels regels, IGebruikers gebruikers, TimeProvider klok)
    : IQueryHandler<TerugvorderingDetails, TerugvorderingDetailsView?>
{
    public const int MaximumGeschiedenis = 200;

    public async ValueTask<TerugvorderingDetailsView?> Handle(TerugvorderingDetails query, CancellationToken cancellationToken)
    {
        var vordering = await db.Terugvorderingen.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken);
        if (vordering is null)
        {
            return null;
        }

        var debiteur = await db.Personen.AsNoTracking().Where(p => p.Id == vordering.DebiteurId).Select(p => new { p.Voornamen, p.Voorvoegsel, p.Achternaam })
            .SingleAsync(cancellationToken);
        var toekenning = await db.Toekenningen.AsNoTracking().SingleAsync(t => t.Id == vordering.ToekenningId, cancellationToken);
        var lopend = await db.Toekenningen.AsNoTracking()
            .Where(t => t.AanvragerId == vordering.DebiteurId && t.Status == ToekenningStatus.Actief)
            .OrderByDescending(t => t.Ingangsdatum).FirstOrDefaultAsync(cancellationToken);
        var boeteId = await db.Terugvorderingen.Where(t => t.BoeteVoorId == vordering.Id && t.Status != TerugvorderingStatus.Vervallen)
            .Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        var nu = await regels.OpAsync(vordering.Gemeente, klok.Vandaag(), cancellationToken);
        var sleutel = vordering.Id.ToString(CultureInfo.InvariantCulture);
        var geschiedenis = await db.AuditRegels.AsNoTracking()
            .Where(r => r.EntiteitType == "Terugvordering" && r.EntiteitId == sleutel && r.Uitkomst == AuditUitkomst.Geslaagd)
            .OrderBy(r => r.Tijdstip).ThenBy(r => r.Id).Take(MaximumGeschiedenis)
            .Select(r => new Gebeurtenis(r.Tijdstip, r.GebruikerId, r.Actie)).ToListAsync(cancellationToken);
        var ids = vordering.Mutaties.Select(m => m.Door).Concat(geschiedenis.Select(g => g.Door).OfType<string>())
            .Concat(new[] { vordering.VoorgesteldDoor, vordering.BeoordeeldDoor, vordering.AfzienVoorgesteldDoor }.OfType<string>())
            .Distinct().ToList();
        return new TerugvorderingDetailsView(
            vordering, Domain.Personen.Persoon.Volledig(debiteur.Voornamen, debiteur.Voorvoegsel, debiteur.Achternaam), toekenning.AanvraagId, boeteId,
            lopend is null ? null : Verrekenruimte.Van(lopend, nu), geschiedenis,
            await gebruikers.NamenAsync(vordering.Gemeente, ids, cancellationToken));
    }
}
