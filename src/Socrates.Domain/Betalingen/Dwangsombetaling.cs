using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// The payment of a dwangsom set by beschikking (Awb 4:18) to the aanvrager, by the betaalrun made definitive after it: a
/// transfer of its own, not bijstand. It is in no month of the household's ledger and no income: a compensation for the
/// college's delay. One per aanvraag, ever (a unique key), so a rerun or a later run never pays it again. The name and IBAN
/// are those of the aanvrager when the run was made definitive. See docs/overzicht.md.
/// </summary>
public sealed class Dwangsombetaling : IGemeenteEigendom
{
    private Dwangsombetaling()
    {
    }

    public Dwangsombetaling(GemeenteCode gemeente, int betaalrunId, int aanvraagId, int aanvragerId, string naam, string? iban, Bedrag bedrag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (bedrag <= Bedrag.Nul)
        {
            throw new ArgumentOutOfRangeException(nameof(bedrag), "Alleen een dwangsom boven € 0 wordt betaald.");
        }

        Gemeente = gemeente;
        BetaalrunId = betaalrunId;
        AanvraagId = aanvraagId;
        AanvragerId = aanvragerId;
        Naam = naam;
        Iban = iban;
        Bedrag = bedrag;
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The definitive run that paid it.</summary>
    public int BetaalrunId { get; private set; }

    public int AanvraagId { get; private set; }

    public int AanvragerId { get; private set; }

    public string Naam { get; private set; } = "";

    /// <summary>As stored on the person when the run was made definitive; null when missing (then paid by hand).</summary>
    public string? Iban { get; private set; }

    public Bedrag Bedrag { get; private set; }
}
