using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>Turns the dossier into the rekenkern's household snapshot, reads the municipality's rules for that month, and calculates.</summary>
public sealed class AanvraagBerekeningHandler(ISocratesDb db, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<AanvraagBerekening, AanvraagBerekeningView?>
{
    public async ValueTask<AanvraagBerekeningView?> Handle(AanvraagBerekening query, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken);
        if (aanvraag is null)
        {
            return null;
        }

        var geboren = await db.Personen.AsNoTracking()
            .Where(p => p.Id == aanvraag.AanvragerId || p.Id == aanvraag.PartnerId)
            .Select(p => new { p.Id, p.Geboortedatum }).ToListAsync(cancellationToken);
        var maand = query.Maand ?? aanvraag.Ontvangstdatum ?? klok.Vandaag();
        var peildatum = new DateOnly(maand.Year, maand.Month, 1);
        var instellingen = await regels.OpAsync(aanvraag.Gemeente, peildatum, cancellationToken);

        var aannames = new List<string>
        {
            "Niemand in het huishouden verblijft in een inrichting, en een partner heeft zelf recht op bijstand.",
            "Het inkomen uit arbeid krijgt de vrijlating van de eerste maand (art. 31 lid 2 onder n): er is nog geen bijstandsperiode.",
        };
        if (aanvraag.Woonsituatie is null)
        {
            aannames.Add("De woonsituatie is nog niet vastgelegd: gerekend is met een huurwoning.");
        }

        if (aanvraag.WozWaarde is not null)
        {
            aannames.Add("De overwaarde van de eigen woning telt niet mee (art. 34 lid 2 onder d); daarboven is bijstand als geldlening mogelijk (art. 50), wat hier niet wordt berekend.");
        }

        var huishouden = new Domain.Rekenkern.Huishouden
        {
            Aanvrager = new Domain.Rekenkern.Aanvrager(geboren.Single(p => p.Id == aanvraag.AanvragerId).Geboortedatum),
            Partner = geboren.SingleOrDefault(p => p.Id == aanvraag.PartnerId) is { } partner ? new Partner(partner.Geboortedatum) : null,
            Kinderen = [.. aanvraag.Kinderen.Select(k => k.Geboortedatum)],
            Medebewoners = aanvraag.Medebewoners,
            Inkomsten = [.. aanvraag.Inkomsten
                .Where(i => i.Vanaf <= peildatum.AddMonths(1).AddDays(-1) && (i.Tot is null || i.Tot >= peildatum))
                .Select(i => new Inkomstenregel(i.Van, i.Soort, i.NettoPerMaand))],
            Bezittingen = aanvraag.Bezittingen.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde),
            Schulden = aanvraag.Schulden,
            Woonsituatie = aanvraag.Woonsituatie ?? Woonsituatie.Huur,
        };
        return new AanvraagBerekeningView(peildatum, Rekenkern.Bereken(huishouden, peildatum, instellingen), aannames);
    }
}
