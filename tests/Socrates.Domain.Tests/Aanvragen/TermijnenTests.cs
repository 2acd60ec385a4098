using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>The hersteltermijn (Awb 4:5, 4:15) and the verdaging (Awb 4:14) as a value, apart from the aanvraag.</summary>
public sealed class TermijnenTests
{
    private static readonly DateOnly Ontvangst = new(2026, 3, 9);

    [Fact]
    public void Geen_IsTheEightWeeksOfAwb413()
    {
        Assert.Equal(new DateOnly(2026, 5, 4), Termijnen.Geen.UitersteBeslisdatum(Ontvangst, aangevuldOp: null));
    }

    [Fact]
    public void Hersteltermijn_StandsTheTermStill_UntilTheDocumentsCameIn()
    {
        var termijnen = Termijnen.Geen.MetHersteltermijn(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), Ontvangst, erOntbreektIets: true, new DateOnly(2026, 3, 16));

        Assert.Equal(new DateOnly(2026, 5, 18), termijnen.UitersteBeslisdatum(Ontvangst, aangevuldOp: null));                     // 14 days
        Assert.Equal(new DateOnly(2026, 5, 9), termijnen.UitersteBeslisdatum(Ontvangst, aangevuldOp: new DateOnly(2026, 3, 21))); // 5 days
    }

    [Fact]
    public void Hersteltermijn_ASecondOne_TooLong_OrWithNothingMissing_IsRefused()
    {
        var vanaf = new DateOnly(2026, 3, 16);
        var eenmaal = Termijnen.Geen.MetHersteltermijn(vanaf, vanaf.AddDays(7), Ontvangst, erOntbreektIets: true, vanaf);

        Assert.Throws<DomeinregelException>(() => eenmaal.MetHersteltermijn(vanaf, vanaf.AddDays(7), Ontvangst, erOntbreektIets: true, vanaf));
        Assert.Throws<DomeinregelException>(() => Termijnen.Geen.MetHersteltermijn(vanaf, vanaf.AddDays(Termijnen.MaximumHersteltermijnDagen + 1), Ontvangst, true, vanaf));
        Assert.Throws<DomeinregelException>(() => Termijnen.Geen.MetHersteltermijn(vanaf, vanaf.AddDays(7), Ontvangst, erOntbreektIets: false, vanaf));
    }

    [Fact]
    public void Verdaging_OnceBeforeTheEnd_ToALaterDate_AtMostEightWeeksMore()
    {
        var uiterste = new DateOnly(2026, 5, 4);
        var verdaagd = Termijnen.Geen.MetVerdaging(new DateOnly(2026, 6, 1), " Advies nodig ", uiterste, new DateOnly(2026, 4, 20));

        Assert.Equal(("Advies nodig", new DateOnly(2026, 6, 1)), (verdaagd.VerdagingReden, verdaagd.UitersteBeslisdatum(Ontvangst, null)));
        Assert.Throws<DomeinregelException>(() => verdaagd.MetVerdaging(new DateOnly(2026, 6, 8), "Nog eens", uiterste, new DateOnly(2026, 4, 20)));
        Assert.Throws<DomeinregelException>(() => Termijnen.Geen.MetVerdaging(new DateOnly(2026, 6, 1), "Te laat", uiterste, uiterste.AddDays(1)));
        Assert.Throws<DomeinregelException>(() => Termijnen.Geen.MetVerdaging(uiterste.AddDays(7 * 8 + 1), "Te ver", uiterste, new DateOnly(2026, 4, 20)));
    }
}
