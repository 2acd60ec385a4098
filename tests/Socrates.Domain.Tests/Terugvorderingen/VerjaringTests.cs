using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>Awb 4:104: five years after the payment term (six weeks, Awb 4:87), restarted by an aanmaning or verrekening (Awb 4:106).</summary>
public sealed class VerjaringTests
{
    [Fact]
    public void Verjaring_IsFiveYearsAfterThePaymentTerm() =>       // besluit 2 maart 2026 → termijn 13 april 2026 → 13 april 2031
        Assert.Equal(new DateOnly(2031, 4, 13), Verjaring.Datum(new DateOnly(2026, 3, 2), null));

    [Fact]
    public void Aanmaning_StartsANewFiveYears() =>
        Assert.Equal(new DateOnly(2032, 1, 15), Verjaring.Datum(new DateOnly(2026, 3, 2), new DateOnly(2027, 1, 15)));

    [Fact]
    public void Stuiting_BeforeThePaymentTermExpired_ChangesNothing() =>
        Assert.Equal(new DateOnly(2031, 4, 13), Verjaring.Datum(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 20)));

    [Fact]
    public void Verrekening_OnAClaim_RestartsItsVerjaring()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m, Terugvorderingsgrond.Lid1Inlichtingenplicht);

        vordering.VerrekeningBoeken(new DateOnly(2027, 2, 1), Socrates.Domain.Geld.Bedrag.Euro(70), "betaalrun", new DateOnly(2027, 2, 20), Vorderingen.Nu);

        Assert.Equal(new DateOnly(2032, 2, 20), vordering.Verjaringsdatum);
    }
}
