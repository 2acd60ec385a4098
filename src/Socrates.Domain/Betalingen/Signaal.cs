namespace Socrates.Domain.Betalingen;

/// <summary>What a team lead must see on a payment line before the run is made definitive.</summary>
[Flags]
public enum Signaal
{
    Geen = 0,

    /// <summary>The amount differs more than 10 % from the household's payment of the month before.</summary>
    BedragGewijzigd = 1,

    /// <summary>Nothing or less than nothing to pay.</summary>
    NulOfNegatief = 2,

    IbanOntbreekt = 4,

    /// <summary>An IBAN outside the SEPA area: a SEPA credit transfer cannot reach it.</summary>
    IbanOngeldig = 8,

    /// <summary>The toekenning ends in this month (a wijziging or beëindiging), also on its last day: the last payment, naar rato.</summary>
    ToekenningBeeindigd = 16,

    /// <summary>
    /// The aanvrager or the partner has reached the pensioengerechtigde leeftijd by the end of the month: the SVB is
    /// competent from that day (art. 47a lid 1), so nothing is paid for the days from it. End the toekenning (beëindiging).
    /// </summary>
    SvbBevoegd = 32,

    /// <summary>A nabetaling or a correction of the vakantietoeslag reservation for an earlier month (the run's look-back).</summary>
    Nabetaling = 64,

    /// <summary>The open vakantietoeslag of a household whose bijstand ended, paid out after the end (art. 45 lid 1).</summary>
    Eindafrekening = 128,

    /// <summary>The household's right is suspended (art. 54 lid 1): nothing is paid; the run after the herstel pays it.</summary>
    Opgeschort = 256,

    /// <summary>The gemeente pays after the inkomstenopgave and the month's opgave is not in: held until it is.</summary>
    WachtOpOpgave = 512,

    /// <summary>
    /// The gemeente pays before the inkomstenopgave (docs/inkomsten.md): the month's opgave is not in, so the month is paid in
    /// full as a voorschot (art. 52 Participatiewet); once the opgave is in, the next run sets the bijstand established for
    /// the month off against it (lid 4), on a <see cref="BetalingSoort.Voorschotverrekening"/> line.
    /// </summary>
    Voorschot = 1024,
}
