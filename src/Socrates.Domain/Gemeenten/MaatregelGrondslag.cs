namespace Socrates.Domain.Gemeenten;

/// <summary>
/// What the percentage of a maatregel (art. 18 lid 2 Participatiewet) is taken of: the afstemmingsverordening decides
/// (art. 8 lid 1 onder a). Common verordeningen take it of the bijstandsnorm; some of the bijstand after income.
/// </summary>
public enum MaatregelGrondslag
{
    /// <summary>The bijstandsnorm (art. 5 onder c), the Socrates default: the lowering never exceeds the bijstand itself.</summary>
    Bijstandsnorm,

    /// <summary>The bijstand after income (art. 19 lid 2).</summary>
    Bijstand,
}
