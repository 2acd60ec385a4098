using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>A household's chain: every toekenning of the aanvrager, the lines of definitive runs, and the months of its claims.</summary>
public sealed record Keten(int AanvragerId, IReadOnlyList<Ketentoekenning> Toekenningen, IReadOnlyList<Betaalpost> Posten, IReadOnlyList<Vorderingspost> Vorderingen)
{
    /// <summary>The toekenningen as the look-back reads them.</summary>
    public IEnumerable<Ketenstand> Stand =>
        Toekenningen.Select(t => new Ketenstand(t.Id, t.Ingangsdatum, t.Einddatum, t.BeeindigdOp,
            Posten.Any(p => p.ToekenningId == t.Id && p.Soort == BetalingSoort.Maandbetaling)));

    /// <summary>The first month the chain has anything in: a toekenning, a line or a claim.</summary>
    public DateOnly? EersteMaand =>
        Toekenningen.Select(t => Maandbegin(t.Ingangsdatum)).Concat(Posten.Select(p => p.Betreft)).Concat(Vorderingen.Select(v => v.Maand))
            .Cast<DateOnly?>().Min();

    private static DateOnly Maandbegin(DateOnly datum) => new(datum.Year, datum.Month, 1);
}
