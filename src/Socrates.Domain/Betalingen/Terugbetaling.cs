using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// What a definitive run paid back to a debtor who paid a terugvordering too much: its saldo was below zero, mostly after a
/// herroeping on bezwaar or a correction. A transfer of its own, not bijstand: in no month of the household's ledger and no
/// income. The claim's ledger books the same amount as a Terugbetaling movement in the same transaction, which brings its
/// saldo back to zero, so a later run finds nothing to pay again. One per claim and run (a unique key). The name and IBAN are
/// those of the debtor when the run was made definitive. See docs/terugvordering.md.
/// </summary>
public sealed class Terugbetaling : IGemeenteEigendom
{
    private Terugbetaling()
    {
    }

    public Terugbetaling(GemeenteCode gemeente, int betaalrunId, int terugvorderingId, string kenmerk, int debiteurId, string naam, string? iban, Bedrag bedrag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (bedrag <= Bedrag.Nul)
        {
            throw new ArgumentOutOfRangeException(nameof(bedrag), "Alleen een tegoed boven € 0 wordt terugbetaald.");
        }

        Gemeente = gemeente;
        BetaalrunId = betaalrunId;
        TerugvorderingId = terugvorderingId;
        Kenmerk = kenmerk;
        DebiteurId = debiteurId;
        Naam = naam;
        Iban = iban;
        Bedrag = bedrag;
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The definitive run that paid it.</summary>
    public int BetaalrunId { get; private set; }

    public int TerugvorderingId { get; private set; }

    /// <summary>The claim's kenmerk, in the transfer's description so the debtor recognises it.</summary>
    public string Kenmerk { get; private set; } = "";

    public int DebiteurId { get; private set; }

    public string Naam { get; private set; } = "";

    /// <summary>As stored on the person when the run was made definitive; null when missing (then paid by hand).</summary>
    public string? Iban { get; private set; }

    public Bedrag Bedrag { get; private set; }
}
