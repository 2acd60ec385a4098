using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>
/// Art. 32 lid 1 onder b and art. 45 Participatiewet: a monthly income that starts or ends inside the period computed counts
/// for its days in that period: monthly amount × its days / the period's days, rounded half away from zero once.
/// </summary>
public sealed class InkomstenperiodeTests
{
    private static readonly DateOnly Maart = new(2026, 3, 1);
    private static readonly DateOnly EindeMaart = new(2026, 3, 31);

    [Fact]
    public void IncomeFrom15March_Counts17Of31Days()                // 2.000,00 × 17 / 31 = 1.096,774… → 1.096,77
    {
        var (bedrag, dagen, periode) = Inkomstenperiode.Deel(Bedrag.Euro(2_000), new DateOnly(2026, 3, 15), null, Maart, EindeMaart);

        Assert.Equal((Bedrag.Euro(1_096.77m), 17, 31), (bedrag, dagen, periode));
    }

    [Fact]
    public void IncomeEndingOn5March_Counts5Of31Days() =>             // 2.000,00 × 5 / 31 = 322,580… → 322,58
        Assert.Equal(Bedrag.Euro(322.58m), Inkomstenperiode.Deel(Bedrag.Euro(2_000), new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 5), Maart, EindeMaart).Bedrag);

    [Fact]
    public void APeriodFromTheIngangsdatum_CountsOnlyTheIncomeInIt()
    {
        // Bijstand from 6 March (art. 45 lid 3): a job that ended on 5 March relates to the time before and counts nothing;
        // one from 20 March counts 12 of the 26 days: 2.000,00 × 12 / 26 = 923,0769… → 923,08.
        Assert.Equal(0, Inkomstenperiode.Deel(Bedrag.Euro(2_000), new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 6), EindeMaart).Dagen);
        Assert.Equal(Bedrag.Euro(923.08m), Inkomstenperiode.Deel(Bedrag.Euro(2_000), new DateOnly(2026, 3, 20), null, new DateOnly(2026, 3, 6), EindeMaart).Bedrag);
    }

    [Fact]
    public void AWholePeriod_IsTheMonthlyAmountExactly() =>
        Assert.Equal(Bedrag.Euro(1_234.56m), Inkomstenperiode.Deel(Bedrag.Euro(1_234.56m), new DateOnly(2020, 1, 1), null, Maart, EindeMaart).Bedrag);
}
