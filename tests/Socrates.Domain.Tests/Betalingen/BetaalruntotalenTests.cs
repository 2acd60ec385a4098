using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>The totals kept on a run for the overview (docs/overzicht.md), worked by hand.</summary>
public sealed class BetaalruntotalenTests
{
    [Fact]
    public void Van_CountsTheHouseholdsWhoseLinesTogetherPay_AndSumsNettoAndVerrekend()
    {
        // 1: € 1.000,00 paid, € 50,00 withheld. 2: a nabetaling € 400,00 and a correction − € 100,00, together € 300,00.
        // 3: everything withheld (€ 120,00), € 0,00 paid: not paid. 4: € 150,00 and − € 150,00 cancel out: not paid.
        var totalen = Betaalruntotalen.Van(
        [
            (1, Bedrag.Euro(50), Bedrag.Euro(1_000)),
            (2, Bedrag.Nul, Bedrag.Euro(400)),
            (2, Bedrag.Nul, Bedrag.Euro(-100)),
            (3, Bedrag.Euro(120), Bedrag.Nul),
            (4, Bedrag.Nul, Bedrag.Euro(150)),
            (4, Bedrag.Nul, Bedrag.Euro(-150)),
        ]);

        Assert.Equal(new Betaalruntotalen(2, Bedrag.Euro(1_300), Bedrag.Euro(170)), totalen);
    }

    [Fact]
    public void Van_NoLines_IsNothing() =>
        Assert.Equal(new Betaalruntotalen(0, Bedrag.Nul, Bedrag.Nul), Betaalruntotalen.Van([]));
}
