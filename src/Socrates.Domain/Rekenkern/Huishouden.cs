using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The facts of one household on a peildatum: an immutable snapshot, everything the rekenkern needs and nothing else.
/// Ages are taken on the peildatum; children count as ten laste only while younger than 18 (art. 4 lid 1 onder e).
/// </summary>
public sealed record Huishouden
{
    public required Aanvrager Aanvrager { get; init; }

    public Partner? Partner { get; init; }

    /// <summary>Birth dates of the children in the household; only those under 18 on the peildatum count.</summary>
    public IReadOnlyList<DateOnly> Kinderen { get; init; } = [];

    /// <summary>Everyone else with his main residence in the dwelling (art. 19a Participatiewet).</summary>
    public IReadOnlyList<Medebewoner> Medebewoners { get; init; } = [];

    /// <summary>Art. 20 lid 3: an 18–20-year-old cannot call on his parents for his living costs.</summary>
    public bool OuderlijkeBijdrageOntoereikend { get; init; }

    public IReadOnlyList<Inkomstenregel> Inkomsten { get; init; } = [];

    /// <summary>Months in which the aanvrager already had a work-income vrijlating (art. 31 lid 2 onder n, then r).</summary>
    public int EerdereMaandenArbeidsvrijlating { get; init; }

    /// <summary>The same for the partner: art. 31 lid 2 onder n gives each person his own six months.</summary>
    public int EerdereMaandenArbeidsvrijlatingPartner { get; init; }

    /// <summary>Market value of the possessions (art. 34 lid 1 onder a), without what lid 2 leaves out.</summary>
    public Bedrag Bezittingen { get; init; }

    public Bedrag Schulden { get; init; }

    public Woonsituatie Woonsituatie { get; init; } = Woonsituatie.Huur;

    /// <summary>A maatregel of art. 18 lid 2 in this month, or none.</summary>
    public Maatregelcategorie? Maatregel { get; init; }
}
