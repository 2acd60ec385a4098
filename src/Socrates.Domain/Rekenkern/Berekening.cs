using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The explained outcome for one month: ordered lines ending in the norm, the income, the vrijlatingen, the bijstand
/// (art. 19 lid 2), the vakantietoeslag (art. 19 lid 3) and what is paid monthly. Without a right, bijstand,
/// vakantietoeslag and te betalen are € 0,00 and <see cref="RedenenGeenRecht"/> says why.
/// </summary>
public sealed record Berekening
{
    public required IReadOnlyList<Berekeningsregel> Regels { get; init; }

    public required bool Recht { get; init; }

    public required IReadOnlyList<string> RedenenGeenRecht { get; init; }

    /// <summary>What the reader must know about the figures, such as a provisional norm or the SVB's competence.</summary>
    public IReadOnlyList<string> Opmerkingen { get; init; } = [];

    /// <summary>
    /// The date the norms change by law while the new amounts are not known yet, when the peildatum lies on or after it
    /// (<see cref="LandelijkeNormen.IsVoorlopig"/>): the amounts are provisional. Null when they rest on the month's own set.
    /// </summary>
    public DateOnly? VoorlopigVanaf { get; init; }

    /// <summary>The amounts are provisional (<see cref="Voorlopigheid"/>).</summary>
    public bool Voorlopig => VoorlopigVanaf is not null;

    /// <summary>
    /// Someone in the household has reached the pensioengerechtigde leeftijd on the peildatum: the SVB grants this bijstand
    /// (art. 47a lid 1), not the gemeente. The art. 22 norms are still computed (for information and for art. 22a's B).
    /// </summary>
    public bool SvbBevoegd { get; init; }

    /// <summary>A of art. 22a lid 1, for the household's belanghebbende of 21 or older in the dwelling.</summary>
    public required int Kostendelers { get; init; }

    /// <summary>The bijstandsnorm (art. 5 onder c): the norm of §3.2 after the woonkostenverlaging of art. 27.</summary>
    public required Bedrag Norm { get; init; }

    public required Bedrag Vermogen { get; init; }

    public required Bedrag Vermogensgrens { get; init; }

    /// <summary>All net monthly income of aanvrager and partner, before vrijlatingen and art. 32 lid 3.</summary>
    public required Bedrag Inkomsten { get; init; }

    /// <summary>Work income not counted (art. 31 lid 2 onder n and r).</summary>
    public required Bedrag Vrijlating { get; init; }

    public required Bedrag InkomenInAanmerking { get; init; }

    /// <summary>Lowering by a maatregel (art. 18 lid 2), already taken off <see cref="Bijstand"/>.</summary>
    public required Bedrag Verlaging { get; init; }

    /// <summary>The algemene bijstand for the month, including vakantietoeslag, after any maatregel.</summary>
    public required Bedrag Bijstand { get; init; }

    public required Bedrag Vakantietoeslag { get; init; }

    /// <summary>Paid monthly: bijstand − vakantietoeslag (the vakantietoeslag is reserved, art. 45 lid 1).</summary>
    public required Bedrag TeBetalen { get; init; }
}
