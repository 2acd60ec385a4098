using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>
/// Awb 4:104: five years after the payment term (six weeks, Awb 4:87), restarted by an acknowledgement of the debtor such as
/// a payment (Awb 4:105 lid 2) and by an aanmaning or verrekening (Awb 4:106).
/// </summary>
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

    [Fact]
    public void Issue20_APaymentOn15February2028_MovesTheVerjaringTo15February2033()
    {
        // Decided 26-11-2026: payment term to 07-01-2027, verjaring 07-01-2032; the payment acknowledges the debt.
        var vordering = Vorderingen.Vastgesteld(1_000m);
        Assert.Equal(new DateOnly(2032, 1, 7), vordering.Verjaringsdatum);

        vordering.AflossingBoeken(new DateOnly(2028, 2, 15), Socrates.Domain.Geld.Bedrag.Euro(50), "BANK-1", "consulent", Vorderingen.Nu);

        Assert.Equal(new DateOnly(2033, 2, 15), vordering.Verjaringsdatum);
    }

    [Fact]
    public void AnAgreedAflossingsregeling_AcknowledgesTheDebt()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m);

        vordering.AflossingsregelingTreffen(Socrates.Domain.Geld.Bedrag.Euro(70.08m), Socrates.Domain.Geld.Bedrag.Euro(70.08m), null, new DateOnly(2027, 3, 1));

        Assert.Equal(new DateOnly(2032, 3, 1), vordering.Verjaringsdatum);
    }

    [Fact]
    public void AnOlderPaymentBookedLater_DoesNotMoveItBack()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m);
        vordering.AanmaningRegistreren(new DateOnly(2029, 5, 1));

        vordering.AflossingBoeken(new DateOnly(2028, 2, 15), Socrates.Domain.Geld.Bedrag.Euro(50), "BANK-1", "consulent", Vorderingen.Nu);

        Assert.Equal(new DateOnly(2034, 5, 1), vordering.Verjaringsdatum);
    }

    [Fact]
    public void ACorrection_IsNoInterruption()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m);

        vordering.CorrectieBoeken(new DateOnly(2028, 2, 15), Socrates.Domain.Geld.Bedrag.Euro(-10), "Typefout", null, "consulent", Vorderingen.Nu);

        Assert.Equal(new DateOnly(2032, 1, 7), vordering.Verjaringsdatum);
    }
}
