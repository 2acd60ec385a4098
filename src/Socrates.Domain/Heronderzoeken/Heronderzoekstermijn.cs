using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Heronderzoeken;

/// <summary>
/// How often a running toekenning is re-examined: local policy under the handhavingsverordening (art. 8b Pw); the law
/// itself prescribes no periodic heronderzoek for algemene bijstand, the college may check at any time (art. 53a lid 6).
/// The gemeente sets a general term and, per profile, a shorter one; the shortest term that applies wins.
/// </summary>
public static class Heronderzoekstermijn
{
    public const int MinimumMaanden = 1;
    public const int MaximumMaanden = 36;

    /// <summary>The age under which the profile "jonger dan 27" applies (the age of art. 13 lid 2 onder d and art. 41 lid 4 Pw).</summary>
    public const int JongerenLeeftijd = 27;

    /// <summary>
    /// Days before its due date that a heronderzoek is put on the planning list (the planning moment): time to invite the
    /// client and ask for the papers. A Socrates decision, not a rule of the gemeente.
    /// </summary>
    public const int VoorbereidingDagen = 28;

    /// <summary>
    /// The term in months and the profile that gave it, for a household with <paramref name="metInkomsten"/> (income
    /// counted in the toekenning), <paramref name="kostendelers"/> (art. 22a) and an aanvrager of <paramref name="leeftijd"/>.
    /// A profile value of 0 means the gemeente named no own term for it.
    /// </summary>
    public static (int Maanden, string Profiel) Bepaal(GemeenteInstellingen regels, bool metInkomsten, int kostendelers, int leeftijd)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var termijn = (Maanden: regels.HeronderzoekTermijnMaanden, Profiel: "algemene termijn");
        foreach (var (geldt, maanden, profiel) in new[]
                 {
                     (metInkomsten, regels.HeronderzoekMetInkomstenMaanden, "met inkomsten"),
                     (kostendelers > 1, regels.HeronderzoekMetKostendelersMaanden, "met kostendeler(s)"),
                     (leeftijd < JongerenLeeftijd, regels.HeronderzoekJongerDan27Maanden, "jonger dan 27"),
                 })
        {
            if (geldt && maanden > 0 && maanden < termijn.Maanden)
            {
                termijn = (maanden, profiel);
            }
        }

        return termijn;
    }

    /// <summary>The due date: <paramref name="maanden"/> calendar months after the start of the term.</summary>
    public static DateOnly Vervaldatum(DateOnly begin, int maanden) => begin.AddMonths(maanden);

    /// <summary>
    /// The start of the first term Socrates plans for a bijstand that began before the gemeente's <paramref name="overgangsmaand"/>
    /// (the month it came over from a previous system): the heronderzoeken due before that month were the previous system's
    /// work, so the first term is the one whose due date is the first on or after the overgangsmaand, counted in whole terms
    /// from the begin (begin + k × term, k ≥ 0). Without an overgangsmaand, or when the first due date is not before it, the
    /// begin itself.
    /// </summary>
    public static DateOnly EersteTermijnVanaf(DateOnly begin, int maanden, DateOnly? overgangsmaand)
    {
        if (maanden < MinimumMaanden || overgangsmaand is not { } overgang)
        {
            return begin;
        }

        var k = 0;
        while (Vervaldatum(begin, (k + 1) * maanden) < overgang)
        {
            k++;
        }

        return begin.AddMonths(k * maanden);
    }

    /// <summary>The day the heronderzoek is put on the planning list: <see cref="VoorbereidingDagen"/> before it is due.</summary>
    public static DateOnly Planmoment(DateOnly vervaldatum) => vervaldatum.AddDays(-VoorbereidingDagen);
}
