using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// One household's payment in a month's run: the month's bijstand through the rekenkern (naar rato of the days the
/// toekenning ran), the vakantietoeslag reserved and, in the payout month, paid, the verrekeningen withheld, and what
/// is transferred. Unique per municipality, month and toekenning: a month never pays a toekenning twice.
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
    }

    public long Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int BetaalrunId { get; private set; }

    public DateOnly Maand { get; private set; }

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
}
