using Socrates.Domain.Geld;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>The room under the beslagvrije voet and the instalment per claim; <see cref="Totaal"/> is what the payment withholds.</summary>
public sealed record VerrekeningenView(Bedrag BeslagvrijeVoet, Bedrag Ruimte, IReadOnlyList<VerrekeningPost> Posten)
{
    public Bedrag Totaal => Posten.Aggregate(Bedrag.Nul, (som, p) => som + p.Bedrag);
}

public sealed record VerrekeningPost(int TerugvorderingId, Bedrag Bedrag);
