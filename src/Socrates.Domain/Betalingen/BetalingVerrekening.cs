using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// What a month's payment of a toekenning withholds for one claim. Written with the proefrun; booked on the claim's
/// ledger when the run is made definitive.
/// </summary>
public sealed class BetalingVerrekening : IGemeenteEigendom
{
    private BetalingVerrekening()
    {
    }

    public BetalingVerrekening(GemeenteCode gemeente, int betaalrunId, DateOnly maand, int toekenningId, int terugvorderingId, Bedrag bedrag)
    {
        Gemeente = gemeente;
        BetaalrunId = betaalrunId;
        Maand = maand;
        ToekenningId = toekenningId;
        TerugvorderingId = terugvorderingId;
        Bedrag = bedrag;
    }

    public long Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int BetaalrunId { get; private set; }

    public DateOnly Maand { get; private set; }

    public int ToekenningId { get; private set; }

    public int TerugvorderingId { get; private set; }

    public Bedrag Bedrag { get; private set; }
}
