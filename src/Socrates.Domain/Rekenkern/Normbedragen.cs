using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The national norms of art. 20–23 Participatiewet as published, per kalendermaand and including vakantietoeslag.
/// One instance is one publication; <see cref="JongerenVerhoging"/> is null before art. 20 lid 3 existed (1-1-2026).
/// </summary>
public sealed record Normbedragen
{
    /// <summary>Art. 20 lid 1 onder a: alleenstaande van 18, 19 of 20 jaar.</summary>
    public required Bedrag JongereAlleenstaande { get; init; }

    /// <summary>Art. 20 lid 2 onder a: alleenstaande ouder van 18, 19 of 20 jaar.</summary>
    public required Bedrag JongereAlleenstaandeOuder { get; init; }

    /// <summary>Art. 20 lid 1 onder b: gehuwden, beiden 18–20, zonder kinderen.</summary>
    public required Bedrag JongeGehuwden { get; init; }

    /// <summary>Art. 20 lid 2 onder b: gehuwden, beiden 18–20, met kinderen.</summary>
    public required Bedrag JongeGehuwdenMetKinderen { get; init; }

    /// <summary>Art. 20 lid 1 onder c: één 18–20, de ander 21+, zonder kinderen en kostendelers.</summary>
    public required Bedrag GemengdeGehuwden { get; init; }

    /// <summary>Art. 20 lid 2 onder c: één 18–20, de ander 21+, met kinderen, zonder kostendelers.</summary>
    public required Bedrag GemengdeGehuwdenMetKinderen { get; init; }

    /// <summary>Art. 20 lid 3: verhoging when the parents cannot contribute; null before 1 January 2026.</summary>
    public Bedrag? JongerenVerhoging { get; init; }

    /// <summary>Art. 21 onder a.</summary>
    public required Bedrag Alleenstaande { get; init; }

    /// <summary>Art. 21 onder b: also B of art. 22a lid 1 onder a.</summary>
    public required Bedrag Gehuwden { get; init; }

    /// <summary>Art. 22 onder a.</summary>
    public required Bedrag PensioenAlleenstaande { get; init; }

    /// <summary>Art. 22 onder b: also B of art. 22a lid 1 onder c.</summary>
    public required Bedrag PensioenGehuwdenBeiden { get; init; }

    /// <summary>Art. 22 onder c: also B of art. 22a lid 1 onder b.</summary>
    public required Bedrag PensioenGehuwdenEen { get; init; }

    /// <summary>Art. 22a lid 3 onder a: part of the 18–20-year-old spouse with kostendelers, with children.</summary>
    public required Bedrag KostendelerJongereMetKinderen { get; init; }

    /// <summary>Art. 22a lid 3 onder b: idem, without children.</summary>
    public required Bedrag KostendelerJongere { get; init; }

    /// <summary>Art. 23 lid 1 onder a.</summary>
    public required Bedrag InrichtingAlleenstaande { get; init; }

    /// <summary>Art. 23 lid 1 onder b.</summary>
    public required Bedrag InrichtingGehuwden { get; init; }

    /// <summary>Art. 23 lid 2 onder a.</summary>
    public required Bedrag InrichtingVerhogingAlleenstaande { get; init; }

    /// <summary>Art. 23 lid 2 onder b.</summary>
    public required Bedrag InrichtingVerhogingGehuwden { get; init; }

    /// <summary>Where these figures were read.</summary>
    public required string Bron { get; init; }
}
