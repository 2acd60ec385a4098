using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// How a payment is divided over a debtor's open claims (Awb 4:92 lid 2; domain reference §7.4): the claim the debtor
/// designates first, then the oldest claim first, each up to its saldo. A payment above all saldi together is refused,
/// so no cent is left unbooked.
/// </summary>
public static class Toerekening
{
    public static IReadOnlyList<(int Id, Bedrag Bedrag)> Verdeel(Bedrag betaling, IReadOnlyList<OpenVordering> open, int? aangewezen = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (betaling <= Bedrag.Nul)
        {
            throw new DomeinregelException("Een betaling is een bedrag boven € 0,00.");
        }

        if (aangewezen is { } id && open.All(v => v.Id != id))
        {
            throw new DomeinregelException("De aangewezen vordering staat niet open voor deze debiteur.");
        }

        var totaal = open.Aggregate(Bedrag.Nul, (som, v) => som + Bedrag.Max(Bedrag.Nul, v.Saldo));
        if (betaling > totaal)
        {
            throw new DomeinregelException(
                $"De betaling van {betaling} is hoger dan wat openstaat ({totaal}). Boek alleen het openstaande bedrag en betaal het verschil terug.");
        }

        var volgorde = open.OrderBy(v => v.Id == aangewezen ? 0 : 1).ThenBy(v => v.Sinds).ThenBy(v => v.Id);
        var rest = betaling;
        var verdeling = new List<(int, Bedrag)>();
        foreach (var vordering in volgorde)
        {
            if (rest == Bedrag.Nul)
            {
                break;
            }

            var deel = Bedrag.Min(rest, Bedrag.Max(Bedrag.Nul, vordering.Saldo));
            if (deel > Bedrag.Nul)
            {
                verdeling.Add((vordering.Id, deel));
                rest -= deel;
            }
        }

        return verdeling;
    }
}
