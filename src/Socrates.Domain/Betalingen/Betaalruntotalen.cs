using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// What a run pays, kept on the run once its lines are computed, so that the overview of twelve months never sums the lines
/// again (docs/overzicht.md): the households it pays (those whose lines together transfer more than € 0,00), the total paid
/// (netto: the sum of te betalen over every line) and the total withheld for terugvorderingen (verrekend).
/// </summary>
public sealed record Betaalruntotalen(int Huishoudens, Bedrag Betaald, Bedrag Verrekend)
{
    /// <summary>The totals of a run's lines, each given by its household, its verrekend and its te betalen.</summary>
    public static Betaalruntotalen Van(IEnumerable<(int AanvragerId, Bedrag Verrekend, Bedrag TeBetalen)> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var perHuishouden = new Dictionary<int, Bedrag>();
        var betaald = Bedrag.Nul;
        var verrekend = Bedrag.Nul;
        foreach (var (aanvrager, verrekendOpRegel, teBetalen) in regels)
        {
            perHuishouden[aanvrager] = perHuishouden.GetValueOrDefault(aanvrager) + teBetalen;
            betaald += teBetalen;
            verrekend += verrekendOpRegel;
        }

        return new Betaalruntotalen(perHuishouden.Values.Count(b => b > Bedrag.Nul), betaald, verrekend);
    }
}
