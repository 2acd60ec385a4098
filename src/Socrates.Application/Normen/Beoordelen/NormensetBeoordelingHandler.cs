using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Normen.Vergelijken;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Audit;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Beoordelen;

public sealed class NormensetBeoordelingHandler(ISocratesDb db, IMediator mediator, IHuidigeGebruiker gebruiker, IGebruikers gebruikers)
    : IQueryHandler<NormensetBeoordeling, NormensetBeoordelingView>
{
    private static readonly string[] Handelingen = [nameof(NormensetVoorstellen), nameof(NormensetGoedkeuren), nameof(NormensetAfwijzen)];

    public async ValueTask<NormensetBeoordelingView> Handle(NormensetBeoordeling query, CancellationToken cancellationToken)
    {
        var set = await db.Normensets.AsNoTracking().SingleOrDefaultAsync(n => n.Id == query.Id, cancellationToken)
            ?? throw new NietGevondenException();
        var voorganger = await db.GeldendOpAsync(set.Ingangsdatum.AddDays(-1), cancellationToken);
        var vergelijking = await mediator.Send(new NormensetsVergelijken(voorganger?.Id ?? set.Id, set.Id), cancellationToken);
        var eigen = string.Equals(set.VoorgesteldDoorId, gebruiker.Id, StringComparison.Ordinal);

        // The audit lines of a set belong to no gemeente: the query filter shows them to the Normbeheerder, of none.
        var sleutel = set.Id.ToString(CultureInfo.InvariantCulture);
        var regels = await db.AuditRegels.AsNoTracking()
            .Where(a => a.EntiteitType == nameof(Normenset) && a.EntiteitId == sleutel && Handelingen.Contains(a.Actie))
            .OrderBy(a => a.Tijdstip).ThenBy(a => a.Id)
            .Select(a => new { a.Tijdstip, a.Actie, a.GebruikerId, a.Uitkomst })
            .ToListAsync(cancellationToken);
        var ids = regels.Where(r => r.GebruikerId is not null).Select(r => r.GebruikerId!).Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(null, ids, cancellationToken);
        var geschiedenis = regels.Select(r => new NormensetGebeurtenis(
            r.Tijdstip,
            r.Actie switch
            {
                nameof(NormensetVoorstellen) => "Voorgesteld",
                nameof(NormensetGoedkeuren) => "Goedgekeurd",
                _ => "Afgewezen",
            },
            r.GebruikerId is { } id ? namen.GetValueOrDefault(id, "onbekende gebruiker") : "Socrates",
            r.Uitkomst == AuditUitkomst.Geslaagd)).ToList();

        return new NormensetBeoordelingView(
            set, voorganger, vergelijking, eigen, set.Status == NormensetStatus.Voorgesteld && !eigen, geschiedenis);
    }
}
