using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>
/// The dossier as the rekenkern sees it for one month: an immutable household snapshot, plus the assumptions made
/// where the dossier does not (yet) say something the rekenkern needs. One function over <see cref="Huishoudensgegevens"/>
/// serves both the dossier (from a loaded <see cref="Aanvraag"/>) and the betaalrun (from flat projections).
/// </summary>
public static class Huishoudensnapshot
{
    /// <summary>
    /// The household of a dossier in the month of <paramref name="peildatum"/>. <paramref name="ingang"/> is the day the
    /// bijstand computed starts when not yet stored on the aanvraag (a proposed ingangsdatum): in its month the income
    /// counts from that day (art. 45 lid 3). <paramref name="opgaven"/> are the aanvrager's inkomstenopgaven that count.
    /// </summary>
    public static (Domain.Rekenkern.Huishouden Huishouden, IReadOnlyList<string> Aannames) Van(
        Aanvraag aanvraag, DateOnly aanvragerGeboren, DateOnly? partnerGeboren, DateOnly peildatum, DateOnly? ingang = null,
        IReadOnlyList<Opgavebedrag>? opgaven = null)
    {
        var gegevens = Huishoudensgegevens.Van(aanvraag, aanvragerGeboren, partnerGeboren) with { Opgaven = opgaven ?? [] };
        if (ingang is not null)
        {
            gegevens = gegevens with { Ingang = ingang };
        }

        return (Huishouden(gegevens, peildatum), Aannames(gegevens, peildatum));
    }

    /// <summary>
    /// The rekenkern's household in the month of <paramref name="peildatum"/>: the incomes that run in the period computed
    /// (the month, or from <see cref="Huishoudensgegevens.Ingang"/> when that lies in it), each for its days in that period
    /// (<see cref="Inkomstenperiode"/>, art. 32 lid 1 onder b); the months with work income before it.
    /// </summary>
    public static Domain.Rekenkern.Huishouden Huishouden(Huishoudensgegevens gegevens, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        var sinds = Sinds(gegevens, peildatum);
        var einde = peildatum.AddMonths(1).AddDays(-1);
        return new Domain.Rekenkern.Huishouden
        {
            Aanvrager = new Domain.Rekenkern.Aanvrager(gegevens.AanvragerGeboren),
            Partner = gegevens.PartnerGeboren is { } partner ? new Partner(partner) : null,
            Kinderen = gegevens.Kinderen,
            Medebewoners = gegevens.Medebewoners,
            Inkomsten = Inkomsten(gegevens, peildatum, einde),
            EerdereMaandenArbeidsvrijlating = sinds is { } a
                ? Vrijlatingsmaanden.Eerdere(gegevens.Inkomsten, Gezinslid.Aanvrager, gegevens.AanvragerGeboren, a, peildatum, gegevens.Opgaven, gegevens.Loonmaanden)
                : 0,
            EerdereMaandenArbeidsvrijlatingPartner = sinds is { } p && gegevens.PartnerGeboren is { } partnerGeboren
                ? Vrijlatingsmaanden.Eerdere(gegevens.Inkomsten, Gezinslid.Partner, partnerGeboren, p, peildatum, gegevens.Opgaven, gegevens.Loonmaanden)
                : 0,
            Bezittingen = gegevens.Bezittingen,
            Schulden = gegevens.Schulden,
            Woonsituatie = gegevens.Woonsituatie ?? Woonsituatie.Huur,
        };
    }

    /// <summary>What <see cref="Huishouden"/> assumed, in Dutch, for the dossier's calculation page and the besluit.</summary>
    public static IReadOnlyList<string> Aannames(Huishoudensgegevens gegevens, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        var aannames = new List<string> { "Niemand in het huishouden verblijft in een inrichting, en een partner heeft zelf recht op bijstand." };
        aannames.Add(Sinds(gegevens, peildatum) is { } s
            ? $"De vrijlating van inkomsten uit arbeid (art. 31 lid 2 onder n en r) telt de maanden sinds het begin van de bijstand ({s:MM-yyyy}) waarin er inkomen uit arbeid was en de persoon 27 jaar of ouder was (art. 31 lid 5)."
            : "Het inkomen uit arbeid krijgt de vrijlating van de eerste maand (art. 31 lid 2 onder n): er is nog geen bijstandsperiode.");
        if (gegevens.Woonsituatie is null)
        {
            aannames.Add("De woonsituatie is nog niet vastgelegd: gerekend is met een huurwoning.");
        }

        if (gegevens.EigenWoning)
        {
            aannames.Add("De overwaarde van de eigen woning telt niet mee (art. 34 lid 2 onder d); daarboven is bijstand als geldlening mogelijk (art. 50), wat hier niet wordt berekend.");
        }

        return aannames;
    }

    /// <summary>The first month of the bijstand period when it began before the peildatum's month; otherwise null.</summary>
    private static DateOnly? Sinds(Huishoudensgegevens gegevens, DateOnly peildatum) =>
        gegevens.BeginBijstand is { } begin && Maand.Van(begin).Eerste < peildatum ? Maand.Van(begin).Eerste : null;

    /// <summary>Every income with days in the period computed; one that runs only part of it counts for those days.</summary>
    private static List<Inkomstenregel> Inkomsten(Huishoudensgegevens gegevens, DateOnly peildatum, DateOnly einde)
    {
        var van = gegevens.Ingang is { } ingang && ingang > peildatum && ingang <= einde ? ingang : peildatum;
        var regels = new List<Inkomstenregel>();
        foreach (var inkomen in gegevens.Inkomsten)
        {
            var (bedrag, dagen, periodeDagen) = Inkomstenperiode.Deel(inkomen.NettoPerMaand, inkomen.Vanaf, inkomen.Tot, van, einde);
            if (dagen == 0)
            {
                continue;
            }

            regels.Add(dagen == periodeDagen
                ? new Inkomstenregel(inkomen.Van, inkomen.Soort, bedrag)
                : new Inkomstenregel(inkomen.Van, inkomen.Soort, bedrag,
                    $"{dagen} van de {periodeDagen} dagen{(van > peildatum ? $" vanaf {van:dd-MM-yyyy}" : "")} van {inkomen.NettoPerMaand} per maand"));
        }

        // The inkomstenopgaven of the month (art. 31 lid 3, 32 lid 1 onder b): each is the income of the whole month, as a
        // monthly income line running all month is (a part month is prorated after, art. 45 lid 3), vakantiegeld included
        // (docs/inkomsten.md).
        foreach (var opgave in gegevens.Opgaven.Where(o => o.Maand == peildatum))
        {
            var vakantiegeld = opgave.Vakantiegeld > Bedrag.Nul ? $", waarvan {opgave.Vakantiegeld} vakantiegeld" : "";
            regels.Add(new Inkomstenregel(opgave.Van, Inkomstensoort.Arbeid, opgave.NettoLoon,
                $"inkomstenopgave {peildatum:MM-yyyy} van {opgave.Werkgever}{vakantiegeld}"));
        }

        return regels;
    }
}

/// <summary>
/// What <see cref="Huishoudensnapshot"/> reads of a dossier: the household's facts without the rest of the aanvraag.
/// Built from a loaded aanvraag with <see cref="Van"/>, or by the betaalrun from a few set-based projections.
/// </summary>
public sealed record Huishoudensgegevens
{
    public required DateOnly AanvragerGeboren { get; init; }

    public DateOnly? PartnerGeboren { get; init; }

    /// <summary>The first day of the bijstand period (<see cref="Aanvraag.BeginBijstand"/>); null while there is none.</summary>
    public DateOnly? BeginBijstand { get; init; }

    /// <summary>
    /// The first day this household's bijstand is computed for: the ingangsdatum of its toekenning, or the wijzigingsdatum
    /// of a wijziging; null while there is none. In its month only the days from it count (art. 45 lid 3).
    /// </summary>
    public DateOnly? Ingang { get; init; }

    /// <summary>The children's dates of birth.</summary>
    public IReadOnlyList<DateOnly> Kinderen { get; init; } = [];

    public IReadOnlyList<Medebewoner> Medebewoners { get; init; } = [];

    /// <summary>Every income line of the dossier; the snapshot takes those that run in its month.</summary>
    public IReadOnlyList<Inkomen> Inkomsten { get; init; } = [];

    /// <summary>The aanvrager's inkomstenopgaven that count (any month); the snapshot takes those of its month.</summary>
    public IReadOnlyList<Opgavebedrag> Opgaven { get; init; } = [];

    /// <summary>
    /// The months with a netto wage before those in <see cref="Opgaven"/>, as runs of months: the betaalrun reads only its
    /// own month's opgaven in full and earlier months in this form (docs/performance.md); empty where Opgaven holds every month.
    /// </summary>
    public IReadOnlyList<Loonmaanden> Loonmaanden { get; init; } = [];

    /// <summary>The sum of the bezittingen.</summary>
    public Bedrag Bezittingen { get; init; }

    public Bedrag Schulden { get; init; }

    /// <summary>Null while not recorded: the snapshot assumes a rented home.</summary>
    public Woonsituatie? Woonsituatie { get; init; }

    /// <summary>A WOZ value is recorded (the overwaarde does not count, an assumption the besluit states).</summary>
    public bool EigenWoning { get; init; }

    public static Huishoudensgegevens Van(Aanvraag aanvraag, DateOnly aanvragerGeboren, DateOnly? partnerGeboren)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        return new Huishoudensgegevens
        {
            AanvragerGeboren = aanvragerGeboren, PartnerGeboren = partnerGeboren, BeginBijstand = aanvraag.BeginBijstand,
            Ingang = aanvraag.IsWijziging ? aanvraag.Wijziging.Datum : aanvraag.Besluitvorming.Ingangsdatum,
            Kinderen = [.. aanvraag.Kinderen.Select(k => k.Geboortedatum)], Medebewoners = aanvraag.Medebewoners,
            Inkomsten = aanvraag.Inkomsten, Bezittingen = aanvraag.Bezittingen.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde),
            Schulden = aanvraag.Schulden, Woonsituatie = aanvraag.Woonsituatie, EigenWoning = aanvraag.WozWaarde is not null,
        };
    }
}
