using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// One line of a month's run: a toekenning's own payment for the month (<see cref="BetalingSoort.Maandbetaling"/>: the
/// bijstand through the rekenkern naar rato of the days the toekenning ran, the vakantietoeslag reserved and, in the payout
/// month or with the last payment, paid out, the verrekeningen withheld), or a nabetaling or eindafrekening for an earlier
/// month (<see cref="Betreft"/>). Unique per municipality, run month, toekenning, month concerned and kind: a month never
/// pays a toekenning twice. See docs/betalingen.md.
/// </summary>
public sealed class Betaling : IGemeenteEigendom
{
    private Betaling()
    {
    }

    public Betaling(Betaalregel regel, GemeenteCode gemeente, int betaalrunId, DateOnly maand)
    {
        ArgumentNullException.ThrowIfNull(regel);
        Gemeente = gemeente;
        BetaalrunId = betaalrunId;
        Maand = maand;
        Betreft = regel.Soort == BetalingSoort.Maandbetaling ? maand : regel.Betreft ?? maand;
        Soort = regel.Soort;
        ToekenningId = regel.ToekenningId;
        AanvraagId = regel.AanvraagId;
        AanvragerId = regel.AanvragerId;
        Naam = regel.Naam;
        Iban = regel.Iban;
        Dagen = regel.Dagen;
        DagenInMaand = regel.DagenInMaand;
        Norm = regel.Norm;
        InkomenInAanmerking = regel.InkomenInAanmerking;
        Bijstand = regel.Bijstand;
        VakantietoeslagGereserveerd = regel.VakantietoeslagGereserveerd;
        VakantietoeslagUitbetaald = regel.VakantietoeslagUitbetaald;
        Verrekend = regel.Verrekend;
        TeBetalen = regel.TeBetalen;
        VorigBedrag = regel.VorigBedrag;
        Signalen = regel.Signalen;
        VakantietoeslagSaldo = regel.VakantietoeslagSaldo;
    }

    public long Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int BetaalrunId { get; private set; }

    /// <summary>The month of the run that paid this line (the first day).</summary>
    public DateOnly Maand { get; private set; }

    /// <summary>The month this line's money concerns: the run month for a maandbetaling, an earlier one for a nabetaling.</summary>
    public DateOnly Betreft { get; private set; }

    public BetalingSoort Soort { get; private set; }

    public int ToekenningId { get; private set; }

    public int AanvraagId { get; private set; }

    public int AanvragerId { get; private set; }

    /// <summary>The name on the transfer, as it stood when computed.</summary>
    public string Naam { get; private set; } = "";

    /// <summary>As stored on the person when computed; null when missing.</summary>
    public string? Iban { get; private set; }

    public int Dagen { get; private set; }

    public int DagenInMaand { get; private set; }

    public Bedrag Norm { get; private set; }

    public Bedrag InkomenInAanmerking { get; private set; }

    /// <summary>The month's bijstand including vakantietoeslag, naar rato.</summary>
    public Bedrag Bijstand { get; private set; }

    public Bedrag VakantietoeslagGereserveerd { get; private set; }

    public Bedrag VakantietoeslagUitbetaald { get; private set; }

    public Bedrag Verrekend { get; private set; }

    public Bedrag TeBetalen { get; private set; }

    /// <summary>What the household's line of the month before transferred; null when there was none.</summary>
    public Bedrag? VorigBedrag { get; private set; }

    public Signaal Signalen { get; private set; }

    /// <summary>
    /// On the lines of a household's anchor: its open vakantietoeslag reservation after all its lines of this run (the sum
    /// of what was reserved minus what was paid out); null on the household's other lines. The next run starts from it.
    /// </summary>
    public Bedrag? VakantietoeslagSaldo { get; private set; }
}
