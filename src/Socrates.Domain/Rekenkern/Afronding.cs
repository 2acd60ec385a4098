using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Exact rounding of a fraction of cents, half away from zero. A decimal factor such as 130/300 is not exact, and a
/// true half cent (e.g. 15 ct × 130/300 = 6,5 ct) could then round the wrong way; integers cannot.
/// </summary>
internal static class Afronding
{
    public static Bedrag HalfVanNulAf(long teller, long noemer)
    {
        if (noemer <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(noemer), "De noemer moet positief zijn.");
        }

        var absoluut = checked(((2 * Math.Abs(teller)) + noemer) / (2 * noemer));
        return new Bedrag(teller < 0 ? -absoluut : absoluut);
    }
}
