using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 22a lid 1 Participatiewet: the norm per belanghebbende = ((40 + A × 30) / (A × 100)) × B, rounded half away from
/// zero to the cent per person (Socrates decision; A = 2 at B = 2.002,13 gives the official 1.001,07). For gehuwden the
/// rounded norms of the entitled spouses are added up (lid 2).
/// </summary>
public static class Kostendelersnorm
{
    public static Bedrag Bereken(int a, Bedrag b)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(a, 1);
        return Afronding.HalfVanNulAf(checked(b.Centen * (40 + (30L * a))), 100L * a);
    }

    /// <summary>The formula written out for a line of the calculation.</summary>
    public static string Formule(int a, Bedrag b) => $"((40 + {a} × 30) / ({a} × 100)) × {b}";
}
