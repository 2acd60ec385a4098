using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The national figures Socrates shipped with, one row per publication with its source: the seed of the
/// <see cref="LandelijkeNormen"/> (the store of normensets starts from exactly these rows). Norms change on 1 January and
/// 1 July (art. 38), the vrijlatingen with the minimum wage (art. 38 lid 4), the vermogensgrenzen on 1 January (art. 39),
/// the loonheffing percentages per calendar year. A change is a new row, never an edit, so a recalculation of an earlier
/// month gives what it gave then. Nothing in the rekenkern reads this class: the figures are passed in.
/// </summary>
public static class LandelijkeBedragen
{
    private const string Wet2025 =
        "Participatiewet, tekst geldend op 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01)";

    private const string Normenbrief2026Juli2025 = "Normenbrief 1 januari 2026 (SZW), bijlage I, kolom 1 juli 2025";

    private const string Wet2026 =
        "Participatiewet, tekst geldend op 1 januari 2026 (Stcrt. 2025, 43553); Normenbrief 1 januari 2026 (SZW), bijlage I";

    private static readonly (DateOnly Ingangsdatum, Normbedragen Waarde)[] Normrijen =
    [
        // The 2025 text of art. 20–23; the four main amounts are confirmed by domain-reference §1.4. Art. 20 lid 3 did
        // not exist yet (the extra for 18–20-year-olds was bijzondere bijstand under the former art. 12).
        (new DateOnly(2025, 1, 1), new Normbedragen
        {
            JongereAlleenstaande = Euro(332.17m), JongereAlleenstaandeOuder = Euro(332.17m),
            JongeGehuwden = Euro(664.34m), JongeGehuwdenMetKinderen = Euro(1_048.75m),
            GemengdeGehuwden = Euro(1_293.21m), GemengdeGehuwdenMetKinderen = Euro(1_677.62m),
            Alleenstaande = Euro(1_345.45m), Gehuwden = Euro(1_922.07m),
            PensioenAlleenstaande = Euro(1_501.07m), PensioenGehuwdenBeiden = Euro(2_053.48m), PensioenGehuwdenEen = Euro(2_053.48m),
            KostendelerJongereMetKinderen = Euro(716.58m), KostendelerJongere = Euro(332.17m),
            InrichtingAlleenstaande = Euro(426.03m), InrichtingGehuwden = Euro(662.69m),
            InrichtingVerhogingAlleenstaande = Euro(45.00m), InrichtingVerhogingGehuwden = Euro(101.00m),
            Bron = Wet2025,
        }),
        (new DateOnly(2025, 7, 1), new Normbedragen
        {
            JongereAlleenstaande = Euro(337.98m), JongereAlleenstaandeOuder = Euro(337.98m),
            JongeGehuwden = Euro(675.96m), JongeGehuwdenMetKinderen = Euro(1_067.12m),
            GemengdeGehuwden = Euro(1_315.88m), GemengdeGehuwdenMetKinderen = Euro(1_707.04m),
            Alleenstaande = Euro(1_369.06m), Gehuwden = Euro(1_955.80m),
            PensioenAlleenstaande = Euro(1_530.21m), PensioenGehuwdenBeiden = Euro(2_094.98m), PensioenGehuwdenEen = Euro(2_094.98m),
            KostendelerJongereMetKinderen = Euro(729.14m), KostendelerJongere = Euro(337.98m),
            InrichtingAlleenstaande = Euro(433.49m), InrichtingGehuwden = Euro(674.29m),
            InrichtingVerhogingAlleenstaande = Euro(45.00m), InrichtingVerhogingGehuwden = Euro(101.00m),
            Bron = Normenbrief2026Juli2025,
        }),
        (new DateOnly(2026, 1, 1), new Normbedragen
        {
            JongereAlleenstaande = Euro(345.99m), JongereAlleenstaandeOuder = Euro(345.99m),
            JongeGehuwden = Euro(691.98m), JongeGehuwdenMetKinderen = Euro(1_092.41m),
            GemengdeGehuwden = Euro(1_347.06m), GemengdeGehuwdenMetKinderen = Euro(1_747.49m),
            JongerenVerhoging = Euro(746.45m),
            Alleenstaande = Euro(1_401.50m), Gehuwden = Euro(2_002.13m),
            PensioenAlleenstaande = Euro(1_564.69m), PensioenGehuwdenBeiden = Euro(2_144.16m), PensioenGehuwdenEen = Euro(2_144.16m),
            KostendelerJongereMetKinderen = Euro(746.42m), KostendelerJongere = Euro(345.99m),
            InrichtingAlleenstaande = Euro(443.76m), InrichtingGehuwden = Euro(690.27m),
            InrichtingVerhogingAlleenstaande = Euro(47.00m), InrichtingVerhogingGehuwden = Euro(106.00m),
            Bron = Wet2026,
        }),
    ];

    private static readonly (DateOnly Ingangsdatum, Vrijlatingsbedragen Waarde)[] Vrijlatingsrijen =
    [
        // 1 January 2025: not in the domain reference (§10 lists them as not found); read in the consolidated law text
        // of that date, art. 31 lid 2 onder n (€ 273,00) and onder r (€ 170,61).
        (new DateOnly(2025, 1, 1), new Vrijlatingsbedragen(Euro(273.00m), Euro(170.61m), Wet2025 + ", art. 31 lid 2 onder n en r")),
        (new DateOnly(2025, 7, 1), new Vrijlatingsbedragen(Euro(278.00m), Euro(173.87m), Normenbrief2026Juli2025)),
        (new DateOnly(2026, 1, 1), new Vrijlatingsbedragen(Euro(285.00m), Euro(177.66m), Wet2026)),
    ];

    private static readonly (DateOnly Ingangsdatum, Vermogensgrenzen Waarde)[] Grensrijen =
    [
        (new DateOnly(2025, 1, 1), new Vermogensgrenzen(Euro(7_770m), Euro(15_540m), Euro(15_540m), Wet2025 + ", art. 34 lid 3")),
        (new DateOnly(2026, 1, 1), new Vermogensgrenzen(Euro(8_000m), Euro(16_000m), Euro(16_000m), Wet2026)),
    ];

    /// <summary>Art. 58 lid 5: the loonheffing percentages per calendar year from its 1 January (Normenbrief, bijlage VI).</summary>
    private static readonly (DateOnly Ingangsdatum, Bruteringspercentages Waarde)[] Bruteringsrijen =
    [
        (new DateOnly(2026, 1, 1), new Bruteringspercentages(Percentage.Van(55.64m), Percentage.Van(23.09m),
            "Normenbrief 1 januari 2026 (Stcrt. 2025, 43553), bijlage VI")),
    ];

    /// <summary>
    /// Art. 7a lid 1 AOW: year of reaching → age in years and months. 67 years for everyone reaching it in 2024–2027 (SVB).
    /// Later years are set by law five years ahead and rise with life expectancy.
    /// </summary>
    private static readonly (int Jaar, int Jaren, int Maanden)[] AowRijen =
    [
        (2024, 67, 0),
        (2025, 67, 0),
        (2026, 67, 0),
        (2027, 67, 0),
    ];

    /// <summary>The tables above as one set: the figures of every calculation until a store of normensets replaces them.</summary>
    public static LandelijkeNormen Startset { get; } = LandelijkeNormen.Maak(Normrijen, Vrijlatingsrijen, Grensrijen, Bruteringsrijen, AowRijen);

    private static Bedrag Euro(decimal euro) => Bedrag.Euro(euro);
}
