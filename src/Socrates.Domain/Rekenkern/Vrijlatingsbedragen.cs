using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>Maximum monthly amounts of the work-income vrijlatingen of art. 31 lid 2; they follow the minimum wage (art. 38 lid 4).</summary>
public sealed record Vrijlatingsbedragen(Bedrag MaximumArbeid, Bedrag MaximumAlleenstaandeOuder, string Bron)
{
    /// <summary>Art. 31 lid 2 onder n: 25 % of the work income.</summary>
    public static Percentage PercentageArbeid { get; } = Percentage.Van(25);

    /// <summary>Art. 31 lid 2 onder r: 12,5 % of the work income.</summary>
    public static Percentage PercentageAlleenstaandeOuder { get; } = Percentage.Van(12.5m);

    /// <summary>Art. 31 lid 2 onder n: at most six months for someone below the pensioengerechtigde leeftijd.</summary>
    public const int MaandenArbeid = 6;

    /// <summary>Art. 31 lid 2 onder r: at most 30 consecutive months, after the six of onderdeel n.</summary>
    public const int MaandenAlleenstaandeOuder = 30;
}
