using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>The months with their loonheffing, whether the claim is bruto, the percentage used and the explanation shown to the user.</summary>
public sealed record Bruteringsuitkomst(IReadOnlyList<TerugvorderingMaand> Maanden, bool Bruto, Percentage? Percentage, string Toelichting)
{
    public Bedrag Netto => Maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.Netto);

    public Bedrag Loonheffing => Maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.Loonheffing);

    public Bedrag Totaal => Netto + Loonheffing;
}
