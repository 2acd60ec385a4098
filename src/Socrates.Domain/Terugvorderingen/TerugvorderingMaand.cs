using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// One month of a claim: the bijstand paid too much (netto) and, when recovered gross (art. 58 lid 5), the loonheffing
/// added to it. A snapshot: it never changes after the proposal.
/// </summary>
public sealed class TerugvorderingMaand
{
    private TerugvorderingMaand()
    {
    }

    public TerugvorderingMaand(DateOnly maand, Bedrag netto, Bedrag loonheffing)
    {
        Maand = maand;
        Netto = netto;
        Loonheffing = loonheffing;
    }

    public int Id { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Maand { get; private set; }

    public Bedrag Netto { get; private set; }

    public Bedrag Loonheffing { get; private set; }

    public Bedrag Totaal => Netto + Loonheffing;
}
