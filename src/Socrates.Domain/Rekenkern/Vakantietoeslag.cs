using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 19 lid 3 Participatiewet: the algemene bijstand includes a vakantietoeslag of 5 % of that bijstand. Rounded half
/// away from zero to the cent (Socrates decision): 1.401,50 gives 70,08 and a monthly payment of 1.331,42.
/// </summary>
public static class Vakantietoeslag
{
    public static Percentage Percentage { get; } = Percentage.Van(5);

    public static Bedrag Van(Bedrag bijstand) => bijstand.Maal(Percentage);

    /// <summary>What is paid monthly when the vakantietoeslag is reserved (art. 45 lid 1).</summary>
    public static Bedrag Exclusief(Bedrag bijstand) => bijstand - Van(bijstand);
}
