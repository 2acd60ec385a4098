using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>One row per ground, and the month the collected amounts are of.</summary>
public sealed record OverzichtView(DateOnly Maand, IReadOnlyList<OverzichtRegel> Regels)
{
    public int Open => Regels.Sum(r => r.Open);

    public Bedrag Saldo => Regels.Aggregate(Bedrag.Nul, (som, r) => som + r.Saldo);

    public Bedrag Geind => Regels.Aggregate(Bedrag.Nul, (som, r) => som + r.Geind);
}

/// <summary>Open claims of a ground, their saldo, and aflossingen plus verrekeningen booked this month.</summary>
public sealed record OverzichtRegel(Terugvorderingsgrond Grond, int Open, Bedrag Saldo, Bedrag Geind);
