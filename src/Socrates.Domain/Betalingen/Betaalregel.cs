using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// One household's payment for one month, computed in memory before it is written as a <see cref="Betaling"/>.
/// <see cref="Maak"/> holds the rules: the month's bijstand naar rato of the days the toekenning ran (the same day split
/// as a herberekening: bedrag × dagen / dagen in de maand, rounded half away from zero; art. 45 lid 3), the
/// vakantietoeslag of 5 % reserved (art. 19 lid 3, 45 lid 1) and paid out in the payout month, and the verrekening
/// taken within the room the beslagvrije voet leaves (Awb 4:93 lid 4, art. 60).
/// </summary>
public sealed record Betaalregel
{
    /// <summary>A change of more than this against last month is signalled.</summary>
    public static readonly Percentage Drempel = Percentage.Van(10);

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

    /// <summary>Per claim what is withheld; booked on the claims' ledgers when the run is made definitive.</summary>
    public IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)> Verrekeningen { get; init; } = [];

    /// <summary>The days of <paramref name="maand"/> on which a toekenning from <paramref name="ingangsdatum"/> up to <paramref name="einddatum"/> runs.</summary>
    public static int DagenIn(DateOnly maand, DateOnly ingangsdatum, DateOnly? einddatum)
    {
        var laatste = maand.AddMonths(1).AddDays(-1);
        var van = ingangsdatum > maand ? ingangsdatum : maand;
        var tot = einddatum is { } e && e < laatste ? e : laatste;
        return tot < van ? 0 : tot.DayNumber - van.DayNumber + 1;
    }

    /// <summary>
    /// Bedrag × dagen / dagen in de maand, rounded half away from zero. Multiplied before divided: a factor such as 1/30
    /// rounded to 28 digits first would turn an exact half cent (€ 1.234,65 / 30 = € 41,155) into € 41,1549… and round it down.
    /// </summary>
    public static Bedrag NaarRato(Bedrag bedrag, int dagen, int dagenInMaand) =>
        dagen == dagenInMaand ? bedrag
        : dagen <= 0 ? Bedrag.Nul
        : new Bedrag(checked((long)Math.Round((decimal)bedrag.Centen * dagen / dagenInMaand, MidpointRounding.AwayFromZero)));

    /// <summary>
    /// The payment line. <paramref name="verrekenen"/> gets the room above the beslagvrije voet and returns what the
    /// household's claims take of it.
    /// </summary>
    public static Betaalregel Maak(Betaalinvoer invoer, Func<Bedrag, IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)>> verrekenen)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(verrekenen);
        var dagenInMaand = DateTime.DaysInMonth(invoer.Maand.Year, invoer.Maand.Month);
        var dagen = DagenIn(invoer.Maand, invoer.Ingangsdatum, BetaaldTot(invoer));
        var bijstand = invoer.Recht ? NaarRato(invoer.BijstandHeleMaand, dagen, dagenInMaand) : Bedrag.Nul;
        var gereserveerd = Vakantietoeslag.Van(bijstand);
        var maandbedrag = bijstand - gereserveerd;
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
        };
    }

    /// <summary>The last day paid: the toekenning's end, or the day before the SVB becomes competent (art. 47a lid 1) if earlier.</summary>
    private static DateOnly? BetaaldTot(Betaalinvoer invoer)
    {
        if (invoer.SvbBevoegdVanaf is not { } svb)
        {
            return invoer.Einddatum;
        }

        var laatste = svb.AddDays(-1);
        return invoer.Einddatum is { } einde && einde < laatste ? einde : laatste;
    }

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

        if (string.IsNullOrWhiteSpace(invoer.Iban))
        {
            signalen |= Signaal.IbanOntbreekt;
        }
        else if (!Sepa.IsBereikbaar(invoer.Iban))
        {
            signalen |= Signaal.IbanOngeldig;
        }

        if (invoer.Einddatum is { } einde && einde < invoer.Maand.AddMonths(1).AddDays(-1))
        {
            signalen |= Signaal.ToekenningBeeindigd;
        }

        if (invoer.SvbBevoegdVanaf is { } svb && svb <= invoer.Maand.AddMonths(1).AddDays(-1))
        {
            signalen |= Signaal.SvbBevoegd;
        }

        return signalen;
    }
}
