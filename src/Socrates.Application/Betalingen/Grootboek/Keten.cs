using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>
/// A household's chain: every toekenning of the aanvrager, the lines of definitive runs, the months of its claims and what
/// indexeringen waived. <see cref="OpenVanaf"/> is the first month an unsettled indexeringsregel or inkomstenopgave concerns.
/// </summary>
public sealed record Keten(
    int AanvragerId, IReadOnlyList<Ketentoekenning> Toekenningen, IReadOnlyList<Betaalpost> Posten, IReadOnlyList<Vorderingspost> Vorderingen,
    DateOnly? OpenVanaf = null, IReadOnlyList<Afzienpost>? Afgezien = null)
{
    /// <summary>The household's ledger over <paramref name="van"/>–<paramref name="tot"/> on <paramref name="recht"/>.</summary>
    public Huishoudgrootboek Grootboek(IReadOnlyCollection<Rechtpost> recht, DateOnly van, DateOnly tot) =>
        Huishoudgrootboek.Maak(recht, Posten, Vorderingen, van, tot, Afgezien);

    /// <summary>The toekenningen as the look-back reads them.</summary>
    public IEnumerable<Ketenstand> Stand =>
        Toekenningen.Select(t => new Ketenstand(t.Id, t.Ingangsdatum, t.Einddatum, t.BeeindigdOp,
            Posten.Any(p => p.ToekenningId == t.Id && p.Soort == BetalingSoort.Maandbetaling)));

    /// <summary>The first month the chain has anything in: a toekenning, a line or a claim.</summary>
    public DateOnly? EersteMaand =>
        Toekenningen.Select(t => Maand.Van(t.Ingangsdatum).Eerste).Concat(Posten.Select(p => p.Betreft)).Concat(Vorderingen.Select(v => v.Maand))
            .Cast<DateOnly?>().Min();

    /// <summary>
    /// The toekenning a claim of <paramref name="maand"/> belongs to: the last one running in the month, or else (a month paid
    /// after the bijstand ended, e.g. an end decided on the first of a month already paid) the one whose line paid it.
    /// </summary>
    public int ToekenningVoor(DateOnly maand) =>
        Toekenningen.Where(t => t.DagenIn(maand) > 0).Select(t => (int?)t.Id).LastOrDefault()
        ?? Posten.Where(p => p.Betreft == maand).Select(p => (int?)p.ToekenningId).LastOrDefault()
        ?? Toekenningen.Where(t => t.Ingangsdatum < maand).Select(t => t.Id).Last();
}
