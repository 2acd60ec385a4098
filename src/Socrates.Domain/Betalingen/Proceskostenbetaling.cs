using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// The payment of the proceskosten granted with a beslissing op bezwaar (Awb 7:15 lid 2) to the belanghebbende, by the
/// betaalrun made definitive after it: a transfer of its own, not bijstand, in no month of the household's ledger and no
/// income. One per bezwaar, ever (a unique key), so no later run pays it again. The name and IBAN are those of the
/// belanghebbende when the run was made definitive. See docs/bezwaar.md.
/// </summary>
public sealed class Proceskostenbetaling : IGemeenteEigendom
{
    private Proceskostenbetaling()
    {
    }

    public Proceskostenbetaling(GemeenteCode gemeente, int betaalrunId, int bezwaarId, string kenmerk, int persoonId, string naam, string? iban, Bedrag bedrag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (bedrag <= Bedrag.Nul)
        {
            throw new ArgumentOutOfRangeException(nameof(bedrag), "Alleen proceskosten boven € 0 worden betaald.");
        }

        Gemeente = gemeente;
        BetaalrunId = betaalrunId;
        BezwaarId = bezwaarId;
        Kenmerk = kenmerk;
        PersoonId = persoonId;
        Naam = naam;
        Iban = iban;
        Bedrag = bedrag;
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The definitive run that paid it.</summary>
    public int BetaalrunId { get; private set; }

    public int BezwaarId { get; private set; }

    /// <summary>The kenmerk of the beslissing op bezwaar, in the transfer's description.</summary>
    public string Kenmerk { get; private set; } = "";

    public int PersoonId { get; private set; }

    public string Naam { get; private set; } = "";

    /// <summary>As stored on the person when the run was made definitive; null when missing (then paid by hand).</summary>
    public string? Iban { get; private set; }

    public Bedrag Bedrag { get; private set; }
}
