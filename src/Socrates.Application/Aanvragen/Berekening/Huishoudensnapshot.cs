using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>
/// The dossier as the rekenkern sees it for one month: an immutable household snapshot, plus the assumptions made
/// where the dossier does not (yet) say something the rekenkern needs.
/// </summary>
public static class Huishoudensnapshot
{
    public static (Domain.Rekenkern.Huishouden Huishouden, IReadOnlyList<string> Aannames) Van(
        Aanvraag aanvraag, DateOnly aanvragerGeboren, DateOnly? partnerGeboren, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        var aannames = new List<string> { "Niemand in het huishouden verblijft in een inrichting, en een partner heeft zelf recht op bijstand." };
        var sinds = aanvraag.BeginBijstand is { } begin && Maandbegin(begin) < peildatum ? Maandbegin(begin) : (DateOnly?)null;
        aannames.Add(sinds is { } s
            ? $"De vrijlating van inkomsten uit arbeid (art. 31 lid 2 onder n en r) telt de maanden sinds het begin van de bijstand ({s:MM-yyyy}) waarin er inkomen uit arbeid was."
            : "Het inkomen uit arbeid krijgt de vrijlating van de eerste maand (art. 31 lid 2 onder n): er is nog geen bijstandsperiode.");
        if (aanvraag.Woonsituatie is null)
        {
            aannames.Add("De woonsituatie is nog niet vastgelegd: gerekend is met een huurwoning.");
        }

        if (aanvraag.WozWaarde is not null)
        {
            aannames.Add("De overwaarde van de eigen woning telt niet mee (art. 34 lid 2 onder d); daarboven is bijstand als geldlening mogelijk (art. 50), wat hier niet wordt berekend.");
        }

        var einde = peildatum.AddMonths(1).AddDays(-1);
        var huishouden = new Domain.Rekenkern.Huishouden
        {
            Aanvrager = new Domain.Rekenkern.Aanvrager(aanvragerGeboren),
            Partner = partnerGeboren is { } partner ? new Partner(partner) : null,
            Kinderen = [.. aanvraag.Kinderen.Select(k => k.Geboortedatum)],
            Medebewoners = aanvraag.Medebewoners,
            Inkomsten = [.. aanvraag.Inkomsten
                .Where(i => i.Vanaf <= einde && (i.Tot is null || i.Tot >= peildatum))
                .Select(i => new Inkomstenregel(i.Van, i.Soort, i.NettoPerMaand))],
            EerdereMaandenArbeidsvrijlating = sinds is { } a ? MaandenMetArbeid(aanvraag, Gezinslid.Aanvrager, a, peildatum) : 0,
            EerdereMaandenArbeidsvrijlatingPartner = sinds is { } p ? MaandenMetArbeid(aanvraag, Gezinslid.Partner, p, peildatum) : 0,
            Bezittingen = aanvraag.Bezittingen.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde),
            Schulden = aanvraag.Schulden,
            Woonsituatie = aanvraag.Woonsituatie ?? Woonsituatie.Huur,
        };
        return (huishouden, aannames);
    }

    /// <summary>The months from <paramref name="sinds"/> up to (not including) the peildatum in which the person had work income.</summary>
    private static int MaandenMetArbeid(Aanvraag aanvraag, Gezinslid van, DateOnly sinds, DateOnly peildatum)
    {
        var arbeid = aanvraag.Inkomsten.Where(i => i.Van == van && i.Soort == Inkomstensoort.Arbeid).ToList();
        var maanden = 0;
        for (var maand = sinds; maand < peildatum; maand = maand.AddMonths(1))
        {
            var einde = maand.AddMonths(1).AddDays(-1);
            if (arbeid.Any(i => i.Vanaf <= einde && (i.Tot is null || i.Tot >= maand)))
            {
                maanden++;
            }
        }

        return maanden;
    }

    /// <summary>The first day of the month of <paramref name="datum"/>: the peildatum of that month.</summary>
    public static DateOnly Maandbegin(DateOnly datum) => new(datum.Year, datum.Month, 1);
}
