using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// One payment line, computed in memory before it is written as a <see cref="Betaling"/>. <see cref="Maak"/> holds the
/// rules of a month's own payment: the month's bijstand naar rato of the days the toekenning ran (<see cref="Maanddeel"/>,
/// the same split as the ledger and the herberekening; art. 45 lid 3), the vakantietoeslag of 5 % reserved (art. 19 lid 3,
/// 45 lid 1) and paid out in the payout month or with the last payment, and the verrekening taken within the room the
/// beslagvrije voet leaves (Awb 4:93 lid 4, art. 60). <see cref="Nabetaling"/> and <see cref="Eindafrekening"/> make the
/// look-back's lines for earlier months (docs/betalingen.md).
/// </summary>
public sealed record Betaalregel
{
    /// <summary>A change of more than this against last month is signalled.</summary>
    public static readonly Percentage Drempel = Percentage.Van(10);

    public BetalingSoort Soort { get; init; } = BetalingSoort.Maandbetaling;

    /// <summary>The month concerned, for a nabetaling or eindafrekening; a maandbetaling concerns its run month.</summary>
    public DateOnly? Betreft { get; init; }

    public required int ToekenningId { get; init; }

    public required int AanvraagId { get; init; }

    public required int AanvragerId { get; init; }

    public required string Naam { get; init; }

    public string? Iban { get; init; }

    public required int Dagen { get; init; }

    public required int DagenInMaand { get; init; }

    public required Bedrag Norm { get; init; }

    public required Bedrag InkomenInAanmerking { get; init; }

    public required Bedrag Bijstand { get; init; }

    public required Bedrag VakantietoeslagGereserveerd { get; init; }

    public required Bedrag VakantietoeslagUitbetaald { get; init; }

    public required Bedrag Verrekend { get; init; }

    public required Bedrag TeBetalen { get; init; }

    public Bedrag? VorigBedrag { get; init; }

    public required Signaal Signalen { get; init; }

    /// <summary>On the household's anchor lines: the open vakantietoeslag reservation after this run (see <see cref="Betaling.VakantietoeslagSaldo"/>).</summary>
    public Bedrag? VakantietoeslagSaldo { get; init; }

    /// <summary>Per claim what is withheld; booked on the claims' ledgers when the run is made definitive.</summary>
    public IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)> Verrekeningen { get; init; } = [];

    /// <summary>The days of <paramref name="maand"/> on which a toekenning from <paramref name="ingangsdatum"/> up to <paramref name="einddatum"/> runs.</summary>
    public static int DagenIn(DateOnly maand, DateOnly ingangsdatum, DateOnly? einddatum)
    {
        var laatste = Maand.Van(maand).Laatste;
        var van = ingangsdatum > maand ? ingangsdatum : maand;
        var tot = einddatum is { } e && e < laatste ? e : laatste;
        return tot < van ? 0 : tot.DayNumber - van.DayNumber + 1;
    }

    /// <summary>
    /// The payment line. <paramref name="verrekenen"/> gets the room above the beslagvrije voet and returns what the
    /// household's claims take of it.
    /// </summary>
    public static Betaalregel Maak(Betaalinvoer invoer, Func<Bedrag, IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)>> verrekenen)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(verrekenen);
        var dagenInMaand = Maand.Van(invoer.Maand).AantalDagen;
        var dagen = DagenIn(invoer.Maand, invoer.Ingangsdatum, BetaaldTot(invoer.Einddatum, invoer.SvbBevoegdVanaf));
        var deel = invoer.Recht ? Maanddeel.NaarRato(invoer.BijstandHeleMaand, dagen, dagenInMaand) : Maanddeel.Nul;
        var (bijstand, gereserveerd, maandbedrag) = (deel.Bijstand, deel.Vakantietoeslag, deel.Maandbedrag);
        var voet = BeslagvrijeVoet.Bedrag(invoer.Norm, invoer.BeslagvrijeVoetPercentage, invoer.BeslagvrijeVoetGrondslag);
        var ruimte = BeslagvrijeVoet.Verrekenruimte(maandbedrag, invoer.InkomenInAanmerking, voet);
        var verrekeningen = ruimte > Bedrag.Nul ? verrekenen(ruimte) : [];
        var verrekend = verrekeningen.Aggregate(Bedrag.Nul, (som, v) => som + v.Bedrag);
        if (verrekend > ruimte)
        {
            throw new InvalidOperationException("Een verrekening kan nooit meer nemen dan de ruimte boven de beslagvrije voet.");
        }

        var uitbetaald = invoer.VakantietoeslagUitbetaling + (invoer.LaatsteBetaling ? gereserveerd : Bedrag.Nul);
        var teBetalen = maandbedrag + uitbetaald - verrekend;
        return new Betaalregel
        {
            ToekenningId = invoer.ToekenningId, AanvraagId = invoer.AanvraagId, AanvragerId = invoer.AanvragerId, Naam = invoer.Naam,
            Iban = invoer.Iban, Dagen = dagen, DagenInMaand = dagenInMaand, Norm = invoer.Norm, InkomenInAanmerking = invoer.InkomenInAanmerking,
            Bijstand = bijstand, VakantietoeslagGereserveerd = gereserveerd, VakantietoeslagUitbetaald = uitbetaald,
            Verrekend = verrekend, TeBetalen = teBetalen, VorigBedrag = invoer.VorigBedrag, Verrekeningen = verrekeningen,
            Signalen = Signaleer(invoer, teBetalen, uitbetaald),
            VakantietoeslagSaldo = invoer.VakantietoeslagSaldoVooraf is { } vooraf ? vooraf + gereserveerd - uitbetaald : null,
        };
    }

    /// <summary>
    /// The last day paid: the toekenning's end, or the day before the SVB becomes competent (art. 47a lid 1) if earlier.
    /// The run's lines and the ledger's recht both end there.
    /// </summary>
    public static DateOnly? BetaaldTot(DateOnly? einddatum, DateOnly? svbBevoegdVanaf)
    {
        if (svbBevoegdVanaf is not { } svb)
        {
            return einddatum;
        }

        var laatste = svb.AddDays(-1);
        return einddatum is { } einde && einde < laatste ? einde : laatste;
    }

    /// <summary>
    /// A look-back line for an earlier month <paramref name="betreft"/>, on the household's <paramref name="anker"/>: the
    /// nabetaling the ledger found owed (paid now, without verrekening) and the correction of that month's vakantietoeslag
    /// reservation (booked as bijstand reserved, so it transfers nothing).
    /// </summary>
    public static Betaalregel Nabetaling(Betaalinvoer anker, DateOnly betreft, int dagen, int dagenInMaand, Bedrag vakantietoeslagCorrectie, Bedrag nabetaling)
    {
        ArgumentNullException.ThrowIfNull(anker);
        if (nabetaling.IsNegatief || betreft >= anker.Maand)
        {
            throw new ArgumentException("Een nabetaling betaalt een bedrag van nul of meer over een eerdere maand.", nameof(nabetaling));
        }

        return Bijzonder(anker, BetalingSoort.Nabetaling, betreft, dagen, dagenInMaand, vakantietoeslagCorrectie + nabetaling, vakantietoeslagCorrectie,
            Bedrag.Nul, nabetaling, Signaal.Nabetaling);
    }

    /// <summary>
    /// The set-off of a month paid as a voorschot (art. 52 lid 4): <paramref name="bedrag"/> of what <paramref name="betreft"/>
    /// was paid above its recht, taken from this run's payment. Booked as negative bijstand for that month, so its ledger balances.
    /// </summary>
    public static Betaalregel Voorschotverrekening(Betaalinvoer anker, DateOnly betreft, int dagen, int dagenInMaand, Bedrag bedrag)
    {
        ArgumentNullException.ThrowIfNull(anker);
        if (bedrag <= Bedrag.Nul || betreft >= anker.Maand)
        {
            throw new ArgumentException("Een voorschotverrekening neemt een bedrag van meer dan nul over een eerdere maand.", nameof(bedrag));
        }

        return Bijzonder(anker, BetalingSoort.Voorschotverrekening, betreft, dagen, dagenInMaand, -bedrag, Bedrag.Nul, Bedrag.Nul, -bedrag, Signaal.Voorschot);
    }

    /// <summary>The open vakantietoeslag reservation of a household whose bijstand ended, paid out in the run after (art. 45 lid 1).</summary>
    public static Betaalregel Eindafrekening(Betaalinvoer anker, Bedrag uitbetaald)
    {
        ArgumentNullException.ThrowIfNull(anker);
        return Bijzonder(anker, BetalingSoort.Eindafrekening, anker.Maand, 0, Maand.Van(anker.Maand).AantalDagen, Bedrag.Nul,
            Bedrag.Nul, uitbetaald, uitbetaald, Signaal.Eindafrekening);
    }

    private static Betaalregel Bijzonder(
        Betaalinvoer anker, BetalingSoort soort, DateOnly betreft, int dagen, int dagenInMaand, Bedrag bijstand, Bedrag gereserveerd, Bedrag uitbetaald,
        Bedrag teBetalen, Signaal signaal) => new()
    {
        Soort = soort, Betreft = betreft, ToekenningId = anker.ToekenningId, AanvraagId = anker.AanvraagId, AanvragerId = anker.AanvragerId,
        Naam = anker.Naam, Iban = anker.Iban, Dagen = dagen, DagenInMaand = dagenInMaand, Norm = anker.Norm, InkomenInAanmerking = anker.InkomenInAanmerking,
        Bijstand = bijstand, VakantietoeslagGereserveerd = gereserveerd, VakantietoeslagUitbetaald = uitbetaald, Verrekend = Bedrag.Nul,
        TeBetalen = teBetalen, Signalen = signaal | (teBetalen > Bedrag.Nul ? IbanSignalen(anker.Iban) : Signaal.Geen),
    };

    /// <summary>
    /// The change against last month compares the monthly amounts: the vakantietoeslag paid out (this month's or last
    /// month's, once a year or with a last payment) is expected, and would otherwise flag every household twice a year.
    /// </summary>
    private static Signaal Signaleer(Betaalinvoer invoer, Bedrag teBetalen, Bedrag vakantietoeslagUitbetaald)
    {
        var signalen = Signaal.Geen;
        var maandbedrag = teBetalen - vakantietoeslagUitbetaald;
        if (invoer.VorigBedrag is { } vorigTotaal && vorigTotaal - invoer.VorigeVakantietoeslagUitbetaald is var vorig && vorig > Bedrag.Nul
            && Math.Abs(maandbedrag.Centen - vorig.Centen) * 10_000 > vorig.Centen * Drempel.Basispunten)
        {
            signalen |= Signaal.BedragGewijzigd;
        }

        if (teBetalen <= Bedrag.Nul)
        {
            signalen |= Signaal.NulOfNegatief;
        }

        signalen |= IbanSignalen(invoer.Iban);

        // Ends in this month, also on its last day (#20.1): the last payment.
        if (invoer.Einddatum is { } einde && einde <= Maand.Van(invoer.Maand).Laatste)
        {
            signalen |= Signaal.ToekenningBeeindigd;
        }

        if (invoer.SvbBevoegdVanaf is { } svb && svb <= Maand.Van(invoer.Maand).Laatste)
        {
            signalen |= Signaal.SvbBevoegd;
        }

        return signalen;
    }

    private static Signaal IbanSignalen(string? iban) =>
        string.IsNullOrWhiteSpace(iban) ? Signaal.IbanOntbreekt : !Sepa.IsBereikbaar(iban) ? Signaal.IbanOngeldig : Signaal.Geen;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
